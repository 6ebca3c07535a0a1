#pragma once

#include "report/MessageRows.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QFormLayout;
class QPushButton;
class QTableWidget;

namespace deliverboard::ui {

// Everything about one recipient: outcome, reason and its explanation, ISP with its help
// link, every attempt and the raw log lines. Log and reply texts come from strangers'
// servers, so everything is shown as plain, selectable text, never as rich text.
class MessageDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit MessageDetailPanel(QWidget* parent = nullptr);

    void showMessage(const MessageRow& row, const QList<AttemptRow>& attempts,
                     const QList<ReturnedMailRow>& returnedMail = {},
                     const RecipientEngagement& engagement = {});
    // The recipient's opens, clicks, unsubscribe and complaint events, as one line.
    QString engagementText() const;
    void clear();
    // While the history is read (by a worker): greyed, with a note where the log goes.
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }
    // The history could not be read: says why in the log pane.
    void showError(const QString& error);
    QTableWidget* attemptTable() const { return m_attempts; }
    QPlainTextEdit* rawLog() const { return m_raw; }
    // Returned mail for the message (DSNs, complaints, auto-replies), as plain text.
    QPlainTextEdit* returnedMail() const { return m_returned; }

private:
    QLabel* addField(QFormLayout* form, const QString& caption);

    QLabel* m_recipient = nullptr;
    QLabel* m_outcome = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_isp = nullptr;
    QLabel* m_lastReply = nullptr;
    QLabel* m_ids = nullptr;
    QLabel* m_engagement = nullptr;
    QPushButton* m_help = nullptr;
    QTableWidget* m_attempts = nullptr;
    QPlainTextEdit* m_raw = nullptr;
    QPlainTextEdit* m_returned = nullptr;
    QLabel* m_returnedCaption = nullptr;
    QString m_helpUrl;
    bool m_loading = false;
};

} // namespace deliverboard::ui
