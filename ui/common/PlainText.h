#pragma once

#include <QString>

class QWidget;

namespace deliverboard {

// Text from campaign folders, logs and mail (paths, campaign names, error texts) is shown
// as plain text: Qt guesses rich text for tooltips and message boxes otherwise, and
// "<img src=...>" or "<a href=...>" in a folder name would be rendered.

// A tooltip that shows `text` literally (escaped inside a rich-text paragraph: a tooltip
// has no plain-text mode).
QString plainToolTip(const QString& text);
// A warning box whose text is plain text.
void warnPlain(QWidget* parent, const QString& title, const QString& text);

} // namespace deliverboard
