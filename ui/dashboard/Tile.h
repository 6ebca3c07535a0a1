#pragma once

#include <QFrame>

class QLabel;

namespace deliverboard::ui {

// One figure of the Response page: a caption, a big number and a detail line. Clickable
// tiles open the drill-down; they take keyboard focus and react to Enter/Space as well.
class Tile : public QFrame {
    Q_OBJECT
public:
    Tile(const QString& caption, const QColor& accent, QWidget* parent = nullptr);

    void setValue(qint64 value, const QString& detail = {});
    qint64 value() const { return m_value; }
    QString valueText() const;
    void setClickable(bool clickable);

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void updateFrame(bool hover);

    QLabel* m_caption = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_detail = nullptr;
    QColor m_accent;
    qint64 m_value = 0;
    bool m_clickable = true;
};

} // namespace deliverboard::ui
