// campaign.json, recipients.csv and events.csv readers: the first byte picks the file,
// the rest is written to a file of that name and read like an import does.
#include "FuzzSupport.h"

#include "import/AudienceReader.h"
#include "import/CampaignConfig.h"
#include "import/EventsReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    fuzzsupport::ensureApp();
    if (size < 1)
        return 0;
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/fuzz-campaign-XXXXXX"));
    static const char* const names[] = {"campaign.json", "recipients.csv", "events.csv"};
    const int which = data[0] % 3;
    const QString path = dir.filePath(QLatin1String(names[which]));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char*>(data + 1), static_cast<qint64>(size - 1));
    }
    using namespace deliverboard;
    if (which == 0) {
        CampaignConfig config;
        QString error;
        if (!CampaignConfig::load(path, config, error) && error.isEmpty())
            fuzzsupport::fail("config refused without a reason");
    } else if (which == 1) {
        AudienceReader reader;
        AudienceMember member;
        if (reader.open(path))
            while (reader.next(member))
                if (!member.email.contains(QLatin1Char('@')))
                    fuzzsupport::fail("audience member without @", member.email);
        if (reader.problems().count() < reader.problems().kept().size())
            fuzzsupport::fail("more problems kept than counted");
    } else {
        EventsReader reader;
        EngagementEvent e;
        if (reader.open(path))
            while (reader.next(e))
                if (!e.email.contains(QLatin1Char('@')))
                    fuzzsupport::fail("event without @", e.email);
        if (reader.problems().count() < reader.problems().kept().size())
            fuzzsupport::fail("more problems kept than counted");
    }
    return 0;
}
