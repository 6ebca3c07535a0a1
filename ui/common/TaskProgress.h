#pragma once

#include <QString>

#include <functional>

class QFutureWatcherBase;
class QWidget;

namespace deliverboard::ui {

// Shows a long worker task (an export, a campaign removal) in a window-modal progress
// dialog with Cancel: the GUI thread stays free, the user sees the task running and can
// stop it. The dialog follows the watcher's progress range and value; Cancel calls
// `cancel` (which tells the task to stop) and waits for the task; the dialog goes when the
// task has finished.
// It appears only if the task takes longer than a moment, so quick tasks do not flash.
void showTaskProgress(QWidget* parent, QFutureWatcherBase* watcher, const QString& title,
                      const QString& label, const std::function<void()>& cancel);

} // namespace deliverboard::ui
