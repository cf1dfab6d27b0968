#pragma once

#include <QJsonValue>
#include <QString>

namespace mpio::cli {

// Results go to stdout (text or JSON), progress and log lines to stderr (DESIGN.md).
class Console
{
public:
    explicit Console(bool json) : m_json(json) {}
    bool json() const { return m_json; }
    void out(const QString& text) const;     // one line to stdout
    void outJson(const QJsonValue& value) const; // pretty JSON document to stdout
    void progress(const QString& text) const; // one line to stderr
    void error(const QString& text) const;    // "mpioctl: error: …" to stderr

private:
    bool m_json = false;
};

} // namespace mpio::cli
