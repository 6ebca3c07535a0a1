#pragma once

#include "common/ReportContext.h"

#include <QFutureWatcher>
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

// What the detail panel shows beyond the table row, read by a worker.
struct MessageDetailData {
    qint64 deliveryId = 0;
    QList<AttemptRow> attempts;
    QList<ReturnedMailRow> returnedMail;
    RecipientEngagement engagement;
    QString error;
};

// The message table with its filters (chips + address search) and the detail panel of
// the selected message. Rows, the count and the detail are read by workers; while they
// run the count says so and the panel is greyed, the table stays scrollable.
class DrilldownView : public QWidget {
    Q_OBJECT
public:
    explicit DrilldownView(QWidget* parent = nullptr);

    void setSource(const ReportContext& context);
    void setFilter(const MessageFilter& filter);
    void focusSearch();

    MessageTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    MessageDetailPanel* detail() const { return m_detail; }
    FilterChips* chips() const { return m_chips; }
    QSplitter* splitter() const { return m_splitter; }
    QLabel* countLabel() const { return m_count; }
    // The detail of the current row is being read.
    bool isLoadingDetail() const { return m_detailLoading; }

Q_SIGNALS:
    // The detail panel shows the current row's history (or was cleared).
    void detailShown();

private:
    void showCurrent();
    void loadDetail();
    void showCount();

    MessageTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    MessageDetailPanel* m_detail = nullptr;
    FilterChips* m_chips = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QSplitter* m_splitter = nullptr;
    QTimer* m_searchDelay = nullptr;
    QFutureWatcher<MessageDetailData> m_detailWatcher;
    qint64 m_detailFor = 0;       // the delivery the panel shows or is loading
    bool m_detailQueued = false;  // another row was selected while a read ran
    bool m_detailLoading = false; // until the answer has been handled, not only computed
};

} // namespace deliverboard::ui
