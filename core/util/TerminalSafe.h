#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace deliverboard {

// Text from logs and mail may carry terminal control sequences (ESC [ ... , OSC ... BEL,
// C1 controls such as U+009B CSI) that would move the cursor, retitle the window or worse
// when printed. These helpers write every control character except line feed and tab as
// a visible escape: "\u001b". JSON output stays valid and means the same (JSON strings
// never hold raw controls, and "\u001b" is JSON's own escape for ESC).
QString terminalSafe(const QString& text);

// A write-only device that passes UTF-8 through to `target` with the controls escaped.
// A C1 control split across two writes is still recognised.
class TerminalSafeDevice : public QIODevice {
public:
    explicit TerminalSafeDevice(QIODevice* target);
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    QIODevice* m_target;
    bool m_pendingC2 = false; // the last byte written was 0xC2 (a C1 control may follow)
};

} // namespace deliverboard
