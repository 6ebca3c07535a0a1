#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace deliverboard {

// The rules that turn an address's history into its status (contract section 7), as a
// data file: the built-in presets are resources/policy/<id>.json (":/policy/<id>.json"),
// a custom preset is a JSON file of the same shape.
struct StatusPreset {
    QString id;
    QString name;
    QString description;
    QSet<QString> majorIsps; // ISP ids (contract section 4) where hardMajor applies
    int hardMajor = 1; // hard+spam outcomes that make an address an error at a major ISP; 0 = never
    int hardOther = 1; // ... at any other ISP
    int soft = 3;      // soft outcomes (since the last reset) that make it an error; 0 = never
    // What resets the preset's counters: outcome id (delivered, soft, hard, spam) -> the
    // counters ("hard", "soft") it sets back to zero. Being made active resets both.
    bool deliveredResetsHard = false;
    bool deliveredResetsSoft = false;
    bool softResetsHard = false;
    bool hardResetsSoft = false; // a hard or spam outcome
    bool complaintOptsOut = true;
    bool unsubscribeOptsOut = true;
    bool ignoreSenderBlamed = false; // failures blamed on the sender count against nobody

    // The ids of the presets shipped in the binary, default first.
    static QStringList builtinIds();
    static QString defaultId() { return QStringLiteral("response-page"); }
    // A built-in id, else a path to a JSON file. On failure returns nothing and fills
    // `error` with one line per problem, each naming the file and the field.
    static std::optional<StatusPreset> load(const QString& idOrPath, QString& error);
    static std::optional<StatusPreset> fromJson(const QByteArray& json, const QString& fileName,
                                                QString& error);
    // The same shape back, indented, major_isps in the ISP directory's order:
    // fromJson(toJson()) gives this preset again (what the preset editor saves and applies).
    // A preset that does not validate (an empty id, say) serialises as it is; fromJson then
    // names the field.
    QByteArray toJson() const;
    bool operator==(const StatusPreset& other) const;
};

} // namespace deliverboard
