#pragma once

#include "common/ReportContext.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace deliverboard::ui {

class FilterChips;
class MessageDetailPanel;
class MessageTableModel;

// The message table with its filters (chips + address search) and the detail panel of
// the selected message.
class DrilldownView : public QWidget {
    Q_OBJECT
public:
    explicit DrilldownView(QWidget* parent = nullptr);

    void setSource(QSqlDatabase db, const ReportContext& context);
    void setFilter(const MessageFilter& filter);
    void focusSearch();

    MessageTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    MessageDetailPanel* detail() const { return m_detail; }
    FilterChips* chips() const { return m_chips; }
    QSplitter* splitter() const { return m_splitter; }

private:
    void showCurrent();

    QSqlDatabase m_db;
    MessageTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    MessageDetailPanel* m_detail = nullptr;
    FilterChips* m_chips = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QSplitter* m_splitter = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace deliverboard::ui
