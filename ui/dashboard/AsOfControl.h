#pragma once

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;

namespace deliverboard::ui {

// Chooses the report's "as of": the newest log line (reproducible, the default), now (live
// monitoring of a campaign still in its retry window), or a chosen moment.
class AsOfControl : public QWidget {
    Q_OBJECT
public:
    explicit AsOfControl(QWidget* parent = nullptr);

    void setNewestLogTime(const QDateTime& newest);
    // Invalid for "newest log time" (the core's default).
    QDateTime asOf() const;

Q_SIGNALS:
    void asOfChanged();

private:
    QComboBox* m_mode = nullptr;
    QDateTimeEdit* m_chosen = nullptr;
};

} // namespace deliverboard::ui
