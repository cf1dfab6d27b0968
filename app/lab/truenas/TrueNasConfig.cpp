#include "app/lab/truenas/TrueNasConfig.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

namespace mpio::lab {

int TrueNasConfig::major() const
{
    return version.section(QLatin1Char('.'), 0, 0).toInt();
}

int TrueNasConfig::minor() const
{
    return version.section(QLatin1Char('.'), 1, 1).toInt();
}

bool TrueNasConfig::atLeast(int maj, int min) const
{
    return major() > maj || (major() == maj && minor() >= min);
}

namespace {

struct Reader
{
    QStringList* problems;

    void unknown(const QJsonObject& o, const QStringList& known, const QString& where)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                problems->append(QStringLiteral("%1.%2: unknown key").arg(where, it.key()));
    }
    QString str(const QJsonObject& o, const QString& key, const QString& where, bool required,
                const QString& def)
    {
        if (!o.contains(key)) {
            if (required)
                problems->append(QStringLiteral("%1.%2: required").arg(where, key));
            return def;
        }
        if (!o.value(key).isString()) {
            problems->append(QStringLiteral("%1.%2: must be a string").arg(where, key));
            return def;
        }
        return o.value(key).toString();
    }
    double num(const QJsonObject& o, const QString& key, const QString& where, bool required, double def,
               double lo, double hi)
    {
        if (!o.contains(key)) {
            if (required)
                problems->append(QStringLiteral("%1.%2: required").arg(where, key));
            return def;
        }
        if (!o.value(key).isDouble()) {
            problems->append(QStringLiteral("%1.%2: must be a number").arg(where, key));
            return def;
        }
        const double v = o.value(key).toDouble();
        if (v < lo || v > hi) {
            problems->append(
                QStringLiteral("%1.%2: %3 is outside %4..%5").arg(where, key).arg(v).arg(lo).arg(hi));
            return def;
        }
        return v;
    }
    bool boolean(const QJsonObject& o, const QString& key, const QString& where, bool def)
    {
        if (!o.contains(key))
            return def;
        if (!o.value(key).isBool()) {
            problems->append(QStringLiteral("%1.%2: must be true or false").arg(where, key));
            return def;
        }
        return o.value(key).toBool();
    }
};

} // namespace

bool TrueNasConfig::fromJson(const QJsonObject& o, TrueNasConfig* out, QString* error)
{
    QStringList problems;
    Reader r{&problems};
    const QString w = QStringLiteral("truenas");
    r.unknown(o,
              {QStringLiteral("version"), QStringLiteral("hostname"), QStringLiteral("apiUser"),
               QStringLiteral("nics"), QStringLiteral("pools"), QStringLiteral("ha"),
               QStringLiteral("timeScale"), QStringLiteral("zvolDeviceDelayMs"), QStringLiteral("jobMs"),
               QStringLiteral("apiKey"), QStringLiteral("datasets"), QStringLiteral("iscsiService"),
               QStringLiteral("rateLimitPerMinute"), QStringLiteral("seed")},
              w);
    TrueNasConfig c;
    c.version = r.str(o, QStringLiteral("version"), w, true, c.version);
    static const QRegularExpression versionRe(QStringLiteral("^(25\\.04|25\\.10|26\\.0)(\\.\\d+){1,2}$"));
    if (!versionRe.match(c.version).hasMatch())
        problems.append(
            QStringLiteral("truenas.version: \"%1\" is not a supported release (25.04.x, 25.10.x, 26.0.x)")
                .arg(c.version));
    c.hostname = r.str(o, QStringLiteral("hostname"), w, false, c.hostname);
    c.apiUser = r.str(o, QStringLiteral("apiUser"), w, false, c.apiUser);
    if (c.apiUser.isEmpty() || c.apiUser.contains(QLatin1Char(' ')))
        problems.append(QStringLiteral("truenas.apiUser: must be a user name"));
    c.ha = r.boolean(o, QStringLiteral("ha"), w, false);
    c.timeScale = r.num(o, QStringLiteral("timeScale"), w, false, 1.0, 0.0001, 100.0);
    c.zvolDeviceDelayMs = int(r.num(o, QStringLiteral("zvolDeviceDelayMs"), w, false, 300, 0, 60000));
    c.jobMs = int(r.num(o, QStringLiteral("jobMs"), w, false, 200, 0, 60000));
    c.rateLimitPerMinute = int(r.num(o, QStringLiteral("rateLimitPerMinute"), w, false, 20, 1, 100000));
    c.apiKey = r.str(o, QStringLiteral("apiKey"), w, false, QString());
    static const QRegularExpression keyRe(QStringLiteral("^[0-9]+-[A-Za-z0-9]{64}$"));
    if (!c.apiKey.isEmpty() && !keyRe.match(c.apiKey).hasMatch())
        problems.append(QStringLiteral("truenas.apiKey: must look like <id>-<64 letters/digits>"));

    if (o.contains(QStringLiteral("iscsiService"))) {
        const QJsonObject s = o.value(QStringLiteral("iscsiService")).toObject();
        const QString sw = QStringLiteral("truenas.iscsiService");
        r.unknown(s, {QStringLiteral("enable"), QStringLiteral("running")}, sw);
        c.iscsiServiceEnabled = r.boolean(s, QStringLiteral("enable"), sw, false);
        c.iscsiServiceRunning = r.boolean(s, QStringLiteral("running"), sw, false);
    }

    const QJsonValue nics = o.value(QStringLiteral("nics"));
    if (!nics.isArray() || nics.toArray().isEmpty())
        problems.append(QStringLiteral("truenas.nics: required, a non-empty list"));
    QStringList names;
    for (qsizetype i = 0; i < nics.toArray().size(); ++i) {
        const QString nw = QStringLiteral("truenas.nics[%1]").arg(i);
        const QJsonObject n = nics.toArray().at(i).toObject();
        r.unknown(n,
                  {QStringLiteral("name"), QStringLiteral("ipv4"), QStringLiteral("prefix"),
                   QStringLiteral("mtu"), QStringLiteral("link"), QStringLiteral("dhcp")},
                  nw);
        TrueNasNicSpec s;
        s.name = r.str(n, QStringLiteral("name"), nw, true, QString());
        s.ipv4 = r.str(n, QStringLiteral("ipv4"), nw, false, QString());
        s.prefix = int(r.num(n, QStringLiteral("prefix"), nw, !s.ipv4.isEmpty(), 24, 1, 32));
        s.mtu = int(r.num(n, QStringLiteral("mtu"), nw, false, 1500, 68, 9216));
        s.link = r.boolean(n, QStringLiteral("link"), nw, true);
        s.dhcp = r.boolean(n, QStringLiteral("dhcp"), nw, false);
        QHostAddress a;
        if (!s.ipv4.isEmpty() && (!a.setAddress(s.ipv4) || a.protocol() != QAbstractSocket::IPv4Protocol))
            problems.append(QStringLiteral("%1.ipv4: \"%2\" is not an IPv4 address").arg(nw, s.ipv4));
        if (names.contains(s.name))
            problems.append(QStringLiteral("%1.name: \"%2\" appears twice").arg(nw, s.name));
        names.append(s.name);
        c.nics.append(s);
    }

    const QJsonValue pools = o.value(QStringLiteral("pools"));
    if (!pools.isArray())
        problems.append(QStringLiteral("truenas.pools: required, a list"));
    for (qsizetype i = 0; i < pools.toArray().size(); ++i) {
        const QString pw = QStringLiteral("truenas.pools[%1]").arg(i);
        const QJsonObject p = pools.toArray().at(i).toObject();
        r.unknown(p,
                  {QStringLiteral("name"), QStringLiteral("sizeBytes"), QStringLiteral("freeBytes"),
                   QStringLiteral("slog"), QStringLiteral("mirroredSlog")},
                  pw);
        TrueNasPoolSpec s;
        s.name = r.str(p, QStringLiteral("name"), pw, true, QString());
        s.sizeBytes = quint64(r.num(p, QStringLiteral("sizeBytes"), pw, true, 0, 1, 1e18));
        s.freeBytes = quint64(r.num(p, QStringLiteral("freeBytes"), pw, true, 0, 0, 1e18));
        s.slog = r.boolean(p, QStringLiteral("slog"), pw, false);
        s.mirroredSlog = r.boolean(p, QStringLiteral("mirroredSlog"), pw, false);
        if (s.freeBytes > s.sizeBytes)
            problems.append(QStringLiteral("%1.freeBytes: larger than sizeBytes").arg(pw));
        if (s.name.isEmpty() || s.name.contains(QLatin1Char('/')))
            problems.append(QStringLiteral("%1.name: must be a pool name without '/'").arg(pw));
        c.pools.append(s);
    }
    const QJsonValue ds = o.value(QStringLiteral("datasets"));
    if (!ds.isUndefined() && !ds.isArray())
        problems.append(QStringLiteral("truenas.datasets: must be a list of dataset names"));
    for (const QJsonValue& d : ds.toArray()) {
        const QString name = d.toString();
        bool poolKnown = false;
        for (const TrueNasPoolSpec& p : c.pools)
            poolKnown = poolKnown || name.startsWith(p.name + QLatin1Char('/'));
        if (!poolKnown)
            problems.append(
                QStringLiteral("truenas.datasets: \"%1\" is not inside a declared pool").arg(name));
        c.datasets.append(name);
    }

    const QJsonValue seed = o.value(QStringLiteral("seed"));
    if (!seed.isUndefined() && !seed.isArray())
        problems.append(QStringLiteral("truenas.seed: must be a list of [method, params]"));
    for (qsizetype i = 0; i < seed.toArray().size(); ++i) {
        const QJsonArray call = seed.toArray().at(i).toArray();
        if (call.size() != 2 || !call.at(0).isString() || !call.at(1).isArray())
            problems.append(QStringLiteral("truenas.seed[%1]: must be [\"method\", [params]]").arg(i));
    }
    c.seed = seed.toArray();

    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    *out = c;
    return true;
}

} // namespace mpio::lab
