#pragma once

#include "report/MessageRows.h"

#include <QWidget>

class QHBoxLayout;

namespace deliverboard::ui {

// The active drill-down filters as small removable buttons ("Outcome: Hard bounce ✕").
class FilterChips : public QWidget {
    Q_OBJECT
public:
    explicit FilterChips(QWidget* parent = nullptr);
    void setFilter(const MessageFilter& filter);
    QStringList chipTexts() const;

Q_SIGNALS:
    // The filter without the removed part.
    void filterEdited(const deliverboard::MessageFilter& filter);

private:
    void addChip(const QString& text, const MessageFilter& without);

    QHBoxLayout* m_layout = nullptr;
    QList<QWidget*> m_chips;
};

} // namespace deliverboard::ui
