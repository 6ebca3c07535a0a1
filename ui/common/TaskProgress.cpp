#include "TaskProgress.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QProgressDialog>

namespace deliverboard::ui {

void showTaskProgress(QWidget* parent, QFutureWatcherBase* watcher, const QString& title,
                      const QString& label, const std::function<void()>& cancel) {
    auto* dialog = new QProgressDialog(label, QCoreApplication::translate("TaskProgress", "Cancel"),
                                       0, 0, parent);
    dialog->setObjectName(QStringLiteral("taskProgress"));
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    QObject::connect(watcher, &QFutureWatcherBase::progressRangeChanged, dialog,
                     &QProgressDialog::setRange);
    QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, dialog,
                     &QProgressDialog::setValue);
    QObject::connect(dialog, &QProgressDialog::canceled, watcher, [dialog, cancel] {
        // The task stops at its next check; the dialog stays until it has.
        dialog->setLabelText(QCoreApplication::translate("TaskProgress", "Cancelling…"));
        dialog->setCancelButton(nullptr);
        dialog->show();
        cancel();
    });
    // Gone at once for anyone looking for the running task's dialog, deleted later.
    QObject::connect(watcher, &QFutureWatcherBase::finished, dialog, [dialog] {
        dialog->setObjectName(QString());
        dialog->hide();
        dialog->deleteLater();
    });
    QObject::connect(watcher, &QObject::destroyed, dialog, &QObject::deleteLater);
}

} // namespace deliverboard::ui
