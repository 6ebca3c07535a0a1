// The CSV writer: the input, split at NUL bytes, is one record of cells. What is written
// must read back as the same cells (restoreField() undoes the neutralising apostrophes),
// and no written cell may be live in a ',', ';' or TAB reading (tests/CsvSafety.h).
#include "FuzzSupport.h"

#include "CsvSafety.h"
#include "util/CsvReader.h"
#include "util/CsvWriter.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    fuzzsupport::ensureApp();
    using namespace deliverboard;
    QStringList cells;
    for (const QByteArray& part : fuzzsupport::bytes(data, size).split('\0'))
        cells.append(QString::fromUtf8(part));
    // The reader trims blanks around unquoted cells and skips empty lines: a record of one
    // empty cell reads back as nothing, so give it a second cell.
    cells.append(QStringLiteral("end"));
    for (const QString& cell : std::as_const(cells)) {
        const QString written = CsvWriter::escapeField(cell);
        if (csvsafety::isLive(written))
            fuzzsupport::fail("live cell", written);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    if (!writer.writeRecord(cells))
        fuzzsupport::fail("write failed");
    buffer.close();
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList back;
    if (!reader.readRecord(back))
        fuzzsupport::fail("nothing read back");
    QStringList restored;
    for (const QString& cell : std::as_const(back))
        restored.append(CsvWriter::restoreField(cell));
    // The reader decodes UTF-8; invalid input bytes became U+FFFD both ways.
    if (restored != cells)
        fuzzsupport::fail("round trip", restored.join(QStringLiteral(" | ")) +
                                            QStringLiteral(" != ") +
                                            cells.join(QStringLiteral(" | ")));
    QStringList more;
    if (reader.readRecord(more))
        fuzzsupport::fail("one record became two");
    return 0;
}
