#include "core/log/Redactor.h"

#include <QByteArray>
#include <QMutex>
#include <QSet>
#include <algorithm>
#include <vector>

namespace mpio {

namespace {
QMutex g_mutex;
std::vector<std::string> g_secrets; // longest first, so a secret containing another is masked whole

void sortSecrets()
{
    std::sort(g_secrets.begin(), g_secrets.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}
} // namespace

void Redactor::add(const QString& secret)
{
    // Very short strings would mask ordinary words; real secrets here are ≥ 8 chars (CHAP: 12–16).
    if (secret.size() < 4)
        return;
    const std::string s = secret.toStdString();
    QMutexLocker lock(&g_mutex);
    if (std::find(g_secrets.begin(), g_secrets.end(), s) == g_secrets.end()) {
        g_secrets.push_back(s);
        sortSecrets();
    }
}

void Redactor::remove(const QString& secret)
{
    const std::string s = secret.toStdString();
    QMutexLocker lock(&g_mutex);
    g_secrets.erase(std::remove(g_secrets.begin(), g_secrets.end(), s), g_secrets.end());
}

void Redactor::clear()
{
    QMutexLocker lock(&g_mutex);
    g_secrets.clear();
}

std::string Redactor::redact(std::string text)
{
    QMutexLocker lock(&g_mutex);
    for (const auto& secret : g_secrets) {
        for (size_t pos = text.find(secret); pos != std::string::npos; pos = text.find(secret, pos))
            text.replace(pos, secret.size(), kMask);
    }
    return text;
}

QString Redactor::redact(QString text)
{
    return QString::fromStdString(redact(text.toStdString()));
}

} // namespace mpio
