#include "AsOfControl.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace deliverboard::ui {

namespace {
enum Mode { NewestLog, Now, Chosen };
}

AsOfControl::AsOfControl(QWidget* parent)
    : QWidget(parent) {
    auto* label = new QLabel(tr("As of:"), this);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("asOfMode"));
    m_mode->addItem(tr("Newest log time"));
    m_mode->addItem(tr("Now"));
    m_mode->addItem(tr("Chosen time"));
    label->setBuddy(m_mode);
    m_chosen = new QDateTimeEdit(this);
    m_chosen->setCalendarPopup(true);
    m_chosen->setEnabled(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_mode);
    layout->addWidget(m_chosen);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int mode) {
        m_chosen->setEnabled(mode == Chosen);
        Q_EMIT asOfChanged();
    });
    connect(m_chosen, &QDateTimeEdit::editingFinished, this, [this] {
        if (m_mode->currentIndex() == Chosen)
            Q_EMIT asOfChanged();
    });
}

void AsOfControl::setNewestLogTime(const QDateTime& newest) {
    if (newest.isValid() && m_mode->currentIndex() != Chosen)
        m_chosen->setDateTime(newest.toLocalTime());
}

QDateTime AsOfControl::asOf() const {
    switch (m_mode->currentIndex()) {
    case Now:
        return QDateTime::currentDateTimeUtc();
    case Chosen:
        return m_chosen->dateTime().toUTC();
    default:
        return QDateTime();
    }
}

} // namespace deliverboard::ui
