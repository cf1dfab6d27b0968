#include "ClusterScenario.h"

#include "TestEnv.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mpio::test {

namespace {

QJsonObject renamed(const QJsonObject& o, const QList<std::pair<QString, QString>>& replacements)
{
    QString text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    for (const auto& [from, to] : replacements)
        text.replace(from, to);
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool write(const QString& path, const QJsonObject& o, bool wider)
{
    QString text = QString::fromUtf8(QJsonDocument(o).toJson());
    if (wider) {
        text.replace(QStringLiteral("\"prefix\": 27"), QStringLiteral("\"prefix\": 26"));
        text.replace(QStringLiteral("/27\""), QStringLiteral("/26\""));
    }
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
}

} // namespace

bool writeClusterScenario(int n, const QString& dir, QString* error)
{
    QJsonObject scenario = QJsonDocument::fromJson(
                               readFile(QStringLiteral(MPIO_SOURCE_DIR "/app/lab/scenarios/cluster-16.json")))
                               .object();
    QJsonObject profile =
        QJsonDocument::fromJson(readFile(dataPath(QStringLiteral("profiles/cluster-16.json")))).object();
    if (scenario.isEmpty() || profile.isEmpty()) {
        *error = QStringLiteral("cluster-16 scenario or profile unreadable");
        return false;
    }
    const QJsonObject hostTemplate = scenario.value(QStringLiteral("hosts")).toArray().first().toObject();
    const QJsonObject profileHost = profile.value(QStringLiteral("hosts")).toArray().first().toObject();
    QJsonArray hostCables, cables;
    for (const QJsonValue& c : scenario.value(QStringLiteral("cables")).toArray()) {
        const QString nic = c.toObject().value(QStringLiteral("nic")).toString();
        if (nic.startsWith(QLatin1String("esx01:")))
            hostCables.append(c);
        else if (!nic.startsWith(QLatin1String("esx")))
            cables.append(c); // TrueNAS and switch cables stay
    }
    QJsonArray hosts, profileHosts;
    for (int i = 1; i <= n; ++i) {
        const QString name = QStringLiteral("esx%1").arg(i, 2, 10, QLatin1Char('0'));
        const QString last = QString::number(10 + i);
        hosts.append(renamed(hostTemplate, {{QStringLiteral("esx01"), name},
                                            {QStringLiteral("192.168.10.11\""),
                                             QStringLiteral("192.168.10.") + last + u'"'}}));
        for (const QJsonValue& c : std::as_const(hostCables))
            cables.append(renamed(c.toObject(), {{QStringLiteral("esx01"), name}}));
        profileHosts.append(renamed(
            profileHost, {{QStringLiteral("esx01"), name},
                          {QStringLiteral("10.20.10.11\""), QStringLiteral("10.20.10.") + last + u'"'},
                          {QStringLiteral("10.20.20.11\""), QStringLiteral("10.20.20.") + last + u'"'}}));
    }
    const QString name = QStringLiteral("cluster-%1").arg(n);
    scenario.insert(QStringLiteral("hosts"), hosts);
    scenario.insert(QStringLiteral("cables"), cables);
    scenario.insert(QStringLiteral("name"), name);
    profile.insert(QStringLiteral("hosts"), profileHosts);
    profile.insert(QStringLiteral("name"), name);
    QDir().mkpath(dir);
    if (!write(dir + QStringLiteral("/scenario.json"), scenario, n > 16) ||
        !write(dir + QStringLiteral("/profile.json"), profile, n > 16)) {
        *error = QStringLiteral("cannot write to %1").arg(dir);
        return false;
    }
    return true;
}

} // namespace mpio::test
