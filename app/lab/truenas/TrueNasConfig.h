#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mpio::lab {

struct TrueNasNicSpec
{
    QString name; // enp4s0f0
    QString ipv4; // static alias, or the DHCP lease when dhcp is true; may be empty
    int prefix = 24;
    int mtu = 1500;
    bool link = true;
    bool dhcp = false;
};

struct TrueNasPoolSpec
{
    QString name;
    quint64 sizeBytes = 0;
    quint64 freeBytes = 0;
    bool slog = false;
    bool mirroredSlog = false;
};

// The scenario's "truenas" section (app/lab/truenas/TRUENAS.md lists every key). Parsed strictly: unknown
// keys and wrong types are errors, so a typo in a scenario does not silently fall back to a default.
struct TrueNasConfig
{
    QString version = QStringLiteral("25.04.2"); // 25.04.x | 25.10.x | 26.0.x
    QString hostname = QStringLiteral("truenas");
    QString apiUser = QStringLiteral("root");
    QList<TrueNasNicSpec> nics;
    QList<TrueNasPoolSpec> pools;
    bool ha = false;
    // Optional lab knobs.
    double timeScale = 1.0;           // scales rollback timers, job durations, rate-limit and login delays
    int zvolDeviceDelayMs = 300;      // /dev/zvol node appears this long after pool.dataset.create
    int jobMs = 200;                  // how long a job (service.control) runs
    QString apiKey;                   // fixed lab key "<id>-<64 chars>"; empty: generated per state dir
    QStringList datasets;             // extra FILESYSTEM datasets that exist at start ("tank/vmware")
    bool iscsiServiceEnabled = false; // iscsitarget service state at start
    bool iscsiServiceRunning = false;
    int rateLimitPerMinute = 20; // unauthenticated calls per (method, IP) per 60 s (truenas-api.md §1.7)
    // API calls [method, params] run as root at start (an already configured system); an extent create may
    // carry "naa" (not client-settable on a real system) so ESXi-side device names can be fixed.
    QJsonArray seed;

    int major() const;
    int minor() const;
    bool atLeast(int maj, int min) const;

    static bool fromJson(const QJsonObject& o, TrueNasConfig* out, QString* error);
};

} // namespace mpio::lab
