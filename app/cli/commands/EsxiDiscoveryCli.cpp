#include "app/cli/commands/EsxiDiscoveryCli.h"

#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/WaitFor.h"
#include "core/credentials/KeychainCredentialStore.h"
#include "core/esxi/EsxiDiscovery.h"
#include "core/esxi/EsxiHostClient.h"
#include "core/esxi/EsxiSnapshotJson.h"
#include "core/lab/LabEndpoints.h"
#include "core/log/Redactor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <memory>

namespace mpio::cli {

namespace {

const QString kEsxi = QStringLiteral("esxi");
const QString kUser = QStringLiteral("user");
const QString kPasswordFile = QStringLiteral("password-file");
const QString kTofu = QStringLiteral("trust-on-first-use");

int exitCodeFor(const Error& e)
{
    return e.code.startsWith(QLatin1String("ssh.")) || e.code.startsWith(QLatin1String("credentials."))
               ? Connection
               : FindingsFound;
}

} // namespace

void addEsxiDiscoveryOptions(QCommandLineParser& parser)
{
    parser.addOption({kEsxi,
                      QStringLiteral("ESXi host to discover over SSH (repeatable; port 22 by default)."),
                      QStringLiteral("HOST[:PORT]")});
    parser.addOption(
        {kUser, QStringLiteral("SSH user on the ESXi hosts (default: root)."), QStringLiteral("USER")});
    parser.addOption({kPasswordFile,
                      QStringLiteral("File holding the ESXi password (default: the keychain entry "
                                     "mpio-wizard/esxi-password/HOST/USER)."),
                      QStringLiteral("FILE")});
    // --trust-on-first-use is shared with the TrueNAS part (addTrueNasDiscoveryOptions adds it).
}

bool wantsEsxiDiscovery(const QCommandLineParser& parser, const LabEndpoints* lab)
{
    return parser.isSet(kEsxi) || (lab && !lab->hosts.isEmpty());
}

int discoverEsxi(QCommandLineParser& parser, Console& console, QJsonObject* json, const LabEndpoints* lab)
{
    QList<esxi::SshOptions> targets;
    const QString user = parser.isSet(kUser) ? parser.value(kUser) : QStringLiteral("root");
    QString filePassword;
    if (parser.isSet(kPasswordFile)) {
        QFile f(parser.value(kPasswordFile));
        if (!f.open(QIODevice::ReadOnly)) {
            console.error(
                QStringLiteral("cannot read the password file %1: %2").arg(f.fileName(), f.errorString()));
            return BadUsage;
        }
        filePassword = QString::fromUtf8(f.readAll()).trimmed();
        Redactor::add(filePassword);
    }
    for (const QString& spec : parser.values(kEsxi)) {
        esxi::SshOptions o;
        o.host = spec.section(u':', 0, 0);
        o.port = spec.contains(u':') ? spec.section(u':', 1, 1).toInt() : 22;
        if (o.host.isEmpty() || o.port <= 0 || o.port > 65535) {
            console.error(
                QStringLiteral("--esxi %1: expected HOST or HOST:PORT with a port 1–65535").arg(spec));
            return BadUsage;
        }
        o.user = user;
        o.trustOnFirstUse = parser.isSet(kTofu);
        if (!filePassword.isEmpty()) {
            o.password = filePassword;
        } else {
            KeychainCredentialStore keychain;
            std::optional<Result<QString>> pw;
            keychain.read(CredentialStore::Key{QStringLiteral("esxi-password"), o.host, user},
                          [&](Result<QString> r) { pw = std::move(r); });
            if (!waitFor(pw, 30000) || !pw->ok()) {
                console.error(pw ? pw->error().message
                                 : QStringLiteral("the keychain did not answer; use --password-file"));
                return Connection;
            }
            o.password = pw->value();
        }
        targets.append(o);
    }
    if (targets.isEmpty() && lab) {
        for (const auto& h : lab->hosts) {
            esxi::SshOptions o;
            o.host = h.host;
            o.port = h.port;
            o.user = h.user;
            o.password = h.password;
            o.pinnedFingerprint = h.hostKeySha256; // the lab published it: no question to ask
            Redactor::add(o.password);
            targets.append(o);
        }
    }

    struct HostRun
    {
        std::unique_ptr<esxi::EsxiHostClient> client;
        std::optional<Result<EsxiSnapshot>> result;
        QElapsedTimer timer;
    };
    std::vector<std::unique_ptr<HostRun>> runs;
    console.progress(QStringLiteral("discovering %1 ESXi host(s) …").arg(targets.size()));
    for (const auto& o : targets) {
        auto run = std::make_unique<HostRun>();
        run->client = std::make_unique<esxi::EsxiHostClient>(o);
        run->timer.start();
        HostRun* r = run.get();
        esxi::EsxiDiscovery::discover(r->client.get(),
                                      [r](Result<EsxiSnapshot> s) { r->result = std::move(s); });
        runs.push_back(std::move(run));
    }
    int rc = Success;
    QJsonArray list;
    for (auto& r : runs) {
        const QString where =
            r->client->options().host + QLatin1Char(':') + QString::number(r->client->options().port);
        if (!waitFor(r->result, 300000)) {
            r->client->cancel();
            console.error(QStringLiteral("%1: discovery did not finish within 5 minutes").arg(where));
            rc = std::max(rc, int(Connection));
            continue;
        }
        if (!r->result->ok()) {
            const Error& e = r->result->error();
            console.error(QStringLiteral("%1: %2").arg(where, e.message));
            if (!e.detail.isEmpty())
                console.progress(e.detail);
            const TrustRequest t = r->client->trustRequest();
            if (e.code == QLatin1String("ssh.hostkey.unknown"))
                console.progress(
                    QStringLiteral("host key %1 %2 — rerun with --trust-on-first-use after checking it on "
                                   "the host's console")
                        .arg(t.keyType, t.fingerprint));
            if (json)
                list.append(QJsonObject{
                    {QStringLiteral("host"), where},
                    {QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), e.code}, {QStringLiteral("message"), e.message}}}});
            rc = std::max(rc, exitCodeFor(e));
            continue;
        }
        console.progress(QStringLiteral("%1: %2 esxcli call(s) in %3 ms over %4 session(s)")
                             .arg(where)
                             .arg(r->client->commandsRun())
                             .arg(r->timer.elapsed())
                             .arg(r->client->sessionsOpened()));
        if (json)
            list.append(esxi::EsxiSnapshotJson::toJson(r->result->value()));
        else
            console.out(esxi::EsxiSnapshotJson::toText(r->result->value()) + QLatin1Char('\n'));
    }
    if (json)
        json->insert(QStringLiteral("esxi"), list);
    return rc;
}

} // namespace mpio::cli
