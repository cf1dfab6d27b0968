#include "app/cli/Console.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace mpio::cli {

void Console::out(const QString& text) const
{
    const QByteArray utf8 = text.toUtf8();
    fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    fputc('\n', stdout);
    fflush(stdout);
}

void Console::outJson(const QJsonValue& value) const
{
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    const QByteArray utf8 = doc.toJson(QJsonDocument::Indented);
    fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    fflush(stdout);
}

void Console::progress(const QString& text) const
{
    const QByteArray utf8 = text.toUtf8();
    fprintf(stderr, "%s\n", utf8.constData());
    fflush(stderr);
}

void Console::error(const QString& text) const
{
    const QByteArray utf8 = text.toUtf8();
    fprintf(stderr, "mpioctl: error: %s\n", utf8.constData());
    fflush(stderr);
}

} // namespace mpio::cli
