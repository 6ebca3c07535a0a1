#include "ProblemsDock.h"

#include "common/PlainText.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace deliverboard::ui {

ProblemsDock::ProblemsDock(QWidget* parent)
    : QDockWidget(tr("Import Problems"), parent) {
    setObjectName(QStringLiteral("problemsDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_caption = new QLabel(tr("No problems."), body);
    m_caption->setTextFormat(Qt::PlainText);
    m_list = new QTreeWidget(body);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("File"), tr("Line"), tr("Problem")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setSortingEnabled(true);
    layout->addWidget(m_caption);
    layout->addWidget(m_list);
    setWidget(body);
}

void ProblemsDock::addRow(const QString& path, qint64 line, const QString& message) {
    // QTreeWidgetItem shows text as plain text: file contents are never interpreted.
    auto* item = new QTreeWidgetItem(m_list);
    item->setText(0, QDir::toNativeSeparators(path));
    item->setToolTip(0, plainToolTip(QDir::toNativeSeparators(path)));
    item->setData(1, Qt::DisplayRole, line > 0 ? QVariant(line) : QVariant());
    item->setText(2, message);
}

void ProblemsDock::showSummary(const ImportSummary& summary) {
    m_list->clear();
    for (const ImportProblem& problem : summary.problems)
        addRow(problem.path, problem.line, problem.message);
    for (const QString& ignored : summary.filesIgnored)
        addRow(ignored.section(QLatin1Char(':'), 0, 0), 0,
               tr("Ignored: %1").arg(ignored.section(QLatin1Char(':'), 1).trimmed()));
    const qint64 total = qMax<qint64>(summary.problemCount, summary.problems.size());
    if (total == 0)
        m_caption->setText(tr("No problems in the last import."));
    else if (total > summary.problems.size())
        m_caption->setText(tr("%1 problems; the first %2 are listed.")
                               .arg(QLocale().toString(total))
                               .arg(summary.problems.size()));
    else
        m_caption->setText(tr("Problems in the last import: %1").arg(total));
}

void ProblemsDock::showStored(const QList<ImportProblemRow>& problems) {
    m_list->clear();
    for (const ImportProblemRow& problem : problems)
        addRow(problem.path, problem.line, problem.message);
    m_caption->setText(problems.isEmpty()
                           ? tr("No problems recorded for this campaign.")
                           : tr("Problems recorded for this campaign: %1").arg(problems.size()));
}

int ProblemsDock::problemCount() const {
    return m_list->topLevelItemCount();
}

} // namespace deliverboard::ui
