#include "FilterChips.h"

#include "common/Labels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace deliverboard::ui {

FilterChips::FilterChips(QWidget* parent)
    : QWidget(parent) {
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addStretch(1);
}

void FilterChips::addChip(const QString& text, const MessageFilter& without) {
    auto* chip = new QToolButton(this);
    // "&" in a searched address must not turn into a keyboard mnemonic.
    chip->setText(QString(text).replace(QLatin1Char('&'), QStringLiteral("&&")) +
                  QStringLiteral("  ✕"));
    chip->setToolTip(tr("Remove this filter"));
    chip->setAccessibleName(tr("Remove filter %1").arg(text));
    m_layout->insertWidget(m_layout->count() - 1, chip);
    m_chips.append(chip);
    connect(chip, &QToolButton::clicked, this, [this, without] { Q_EMIT filterEdited(without); });
}

void FilterChips::setFilter(const MessageFilter& filter) {
    qDeleteAll(m_chips);
    m_chips.clear();
    if (!filter.outcomes.isEmpty()) {
        QStringList names;
        for (Outcome outcome : filter.outcomes)
            names.append(Labels::outcome(outcome));
        MessageFilter without = filter;
        without.outcomes.clear();
        addChip(tr("Outcome: %1").arg(names.join(QStringLiteral(", "))), without);
    }
    if (!filter.isp.isEmpty()) {
        MessageFilter without = filter;
        without.isp.clear();
        addChip(tr("ISP: %1").arg(Labels::isp(filter.isp)), without);
    }
    if (!filter.code.isEmpty()) {
        MessageFilter without = filter;
        without.code.clear();
        addChip(tr("Code: %1").arg(filter.code), without);
    }
    if (!filter.stage.isEmpty()) {
        MessageFilter without = filter;
        without.stage.clear();
        addChip(tr("Stage: %1").arg(Labels::stage(filter.stage)), without);
    }
    if (!filter.reason.isEmpty()) {
        MessageFilter without = filter;
        without.reason.clear();
        addChip(tr("Reason: %1").arg(Labels::reason(filter.reason)), without);
    }
    if (filter.complained) {
        MessageFilter without = filter;
        without.complained = false;
        addChip(tr("Complained"), without);
    }
    if (filter.autoReplied) {
        MessageFilter without = filter;
        without.autoReplied = false;
        addChip(tr("Auto-replied"), without);
    }
    if (!filter.search.isEmpty()) {
        MessageFilter without = filter;
        without.search.clear();
        addChip(tr("Address contains: %1").arg(filter.search), without);
    }
    if (m_chips.isEmpty()) {
        auto* none = new QLabel(tr("All messages"), this);
        none->setForegroundRole(QPalette::PlaceholderText);
        m_layout->insertWidget(0, none);
        m_chips.append(none);
    }
}

QStringList FilterChips::chipTexts() const {
    QStringList texts;
    for (QWidget* chip : m_chips) {
        if (auto* button = qobject_cast<QToolButton*>(chip))
            texts.append(button->text());
    }
    return texts;
}

} // namespace deliverboard::ui
