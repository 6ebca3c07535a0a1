#include "Tile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace deliverboard::ui {

Tile::Tile(const QString& caption, const QColor& accent, QWidget* parent)
    : QFrame(parent)
    , m_accent(accent) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_caption = new QLabel(caption, this);
    m_number = new QLabel(QStringLiteral("–"), this);
    m_detail = new QLabel(this);
    for (QLabel* label : {m_caption, m_number, m_detail})
        label->setTextFormat(Qt::PlainText);
    // Translations run longer than English ("Automatische Antworten"): the caption and the
    // detail wrap within the tile's column rather than widen it or get cut off.
    m_caption->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_caption->setObjectName(QStringLiteral("caption"));
    m_number->setObjectName(QStringLiteral("number"));
    m_detail->setObjectName(QStringLiteral("detail"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_number->setFont(big);
    QPalette accentPalette = m_number->palette();
    accentPalette.setColor(QPalette::WindowText, accent);
    m_number->setPalette(accentPalette);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_number);
    layout->addWidget(m_detail);
    layout->addStretch(1); // tiles of one row share a height; the text stays at the top
    setMinimumWidth(110);
    setClickable(true);
    updateFrame(false);
}

void Tile::setValue(qint64 value, const QString& detail) {
    m_value = value;
    m_number->setText(QLocale().toString(value));
    m_detail->setText(detail);
    setAccessibleName(m_caption->text() + QStringLiteral(": ") + m_number->text());
}

QString Tile::valueText() const {
    return m_number->text();
}

void Tile::setClickable(bool clickable) {
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
}

void Tile::mouseReleaseEvent(QMouseEvent* event) {
    if (m_clickable && event->button() == Qt::LeftButton &&
        rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QFrame::mouseReleaseEvent(event);
}

void Tile::keyPressEvent(QKeyEvent* event) {
    if (m_clickable && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
                        event->key() == Qt::Key_Space)) {
        Q_EMIT clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

void Tile::enterEvent(QEnterEvent* event) {
    updateFrame(m_clickable);
    QFrame::enterEvent(event);
}

void Tile::leaveEvent(QEvent* event) {
    updateFrame(false);
    QFrame::leaveEvent(event);
}

void Tile::updateFrame(bool hover) {
    // A colored left edge names the outcome; hover highlights the whole frame.
    const QString border = hover ? m_accent.name() : palette().color(QPalette::Mid).name();
    setStyleSheet(
        QStringLiteral("deliverboard--ui--Tile { border: 1px solid %1; border-left: 4px solid %2; "
                       "border-radius: 4px; }")
            .arg(border, m_accent.name()));
}

} // namespace deliverboard::ui
