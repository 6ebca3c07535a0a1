#pragma once

#include "import/ImportTypes.h"
#include "report/MessageRows.h"

#include <QDockWidget>

class QTreeWidget;
class QLabel;

namespace deliverboard::ui {

// Non-modal list of what an import could not use (file, line, message), so that nothing
// is lost silently. All texts come from files and are shown as plain text.
class ProblemsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ProblemsDock(QWidget* parent = nullptr);

    void showSummary(const ImportSummary& summary);
    void showStored(const QList<ImportProblemRow>& problems);
    int problemCount() const;

private:
    void addRow(const QString& path, qint64 line, const QString& message);

    QTreeWidget* m_list = nullptr;
    QLabel* m_caption = nullptr;
};

} // namespace deliverboard::ui
