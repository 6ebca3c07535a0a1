#pragma once

#include "AudienceWorker.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace deliverboard::ui {

// The selected address: its status and why, its counts, and what every campaign did to it
// (outcome with the reply) and the manual actions, with the buttons that act on it. Every
// text from the store is shown as plain text.
class AddressDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit AddressDetailPanel(QWidget* parent = nullptr);

    void showStatus(const AddressStatus& status);
    void showHistory(const AddressHistory& history); // for the address shown, else ignored
    void clear();
    QString address() const { return m_address; }

    QLabel* explanationLabel() const { return m_explanation; }
    QTableWidget* historyTable() const { return m_history; }
    QPushButton* reactivateButton() const { return m_reactivate; }
    QPushButton* suppressButton() const { return m_suppress; }

Q_SIGNALS:
    void reactivateRequested(const QString& address);
    void suppressRequested(const QString& address);

private:
    QString m_address;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_counts = nullptr;
    QTableWidget* m_history = nullptr;
    QTableWidget* m_actions = nullptr;
    QPushButton* m_reactivate = nullptr;
    QPushButton* m_suppress = nullptr;
};

} // namespace deliverboard::ui
