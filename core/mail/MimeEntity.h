#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace deliverboard::mail {

struct MailHeader {
    QString name;
    QString value; // unfolded, RFC 2047-decoded
};

// A MIME tree in plain Qt types, so that no code outside MimeMessage.cpp sees GMime.
// A message is an entity with mimeType "message" whose only child is its body; a
// message/rfc822 part holds the embedded message as its only child.
struct MimeEntity {
    QList<MailHeader> headers;
    QString mimeType; // lower case "type/subtype", or "message"
    QString text;     // decoded content of a leaf part (charset applied)
    std::vector<MimeEntity> children;

    QString header(const QString& name) const;
    QStringList headerAll(const QString& name) const;
    bool isMessage() const { return mimeType == QLatin1String("message"); }
};

// Header helpers shared by the parsers.
QString headerValue(const QList<MailHeader>& headers, const QString& name);
QStringList headerValues(const QList<MailHeader>& headers, const QString& name);

} // namespace deliverboard::mail
