#include "core/site/SiteConnection.h"

#include "core/checks/JumboGateExecutor.h"
#include "core/esxi/EsxiDiscovery.h"
#include "core/esxi/EsxiHostClient.h"
#include "core/esxi/EsxiOperationExecutor.h"
#include "core/esxi/KnownHosts.h"
#include "core/esxi/text/VmkpingText.h"
#include "core/log/Redactor.h"
#include "core/truenas/TrueNasDiscovery.h"
#include "core/truenas/TrueNasOperationRunner.h"
#include "core/truenas/TrueNasPlanExecutor.h"

#include <memory>

namespace mpio {

Result<SiteConnection::Endpoints> SiteConnection::fromLab(const Site& site, const LabEndpoints& lab)
{
    Endpoints e;
    if (!lab.hasTrueNas)
        return Error::make(QStringLiteral("lab.endpoints"), tr("The lab runs no TrueNAS emulation."));
    const auto url =
        TrueNasClient::endpointUrl(QStringLiteral("%1:%2").arg(lab.truenas.host).arg(lab.truenas.port));
    if (!url)
        return url.error();
    e.truenas.url = *url;
    e.truenas.apiUser = lab.truenas.apiUser;
    e.truenas.apiKey = lab.truenas.apiKey;
    Redactor::add(lab.truenas.apiKey);
    // The lab wrote its certificate's fingerprint locally: that certificate and no other, without the pin
    // store (TrueNasClient::Options::pinnedFingerprint), as the host keys below.
    e.truenas.pinnedFingerprint = lab.truenas.certSha256;
    for (const HostSpec& h : site.hosts) {
        const LabEndpoints::Host* lh = lab.host(h.name);
        if (!lh)
            return Error::make(
                QStringLiteral("lab.endpoints"),
                tr("The lab has no host “%1” (the profile and the lab scenario must name the same hosts).")
                    .arg(h.name));
        esxi::SshOptions o;
        o.host = lh->host;
        o.port = lh->port;
        o.user = lh->user;
        o.password = lh->password;
        o.pinnedFingerprint = lh->hostKeySha256;
        Redactor::add(lh->password);
        e.hosts.insert(h.name, o);
    }
    return e;
}

Result<SiteConnection::Endpoints> SiteConnection::forSite(const Site& site, const Secrets& secrets)
{
    Endpoints e;
    const auto url =
        TrueNasClient::endpointUrl(QStringLiteral("%1:%2").arg(site.truenas.host).arg(site.truenas.port));
    if (!url)
        return url.error();
    e.truenas.url = *url;
    e.truenas.apiUser = site.truenas.apiUser;
    e.truenas.apiKey = secrets.truenasApiKey;
    Redactor::add(secrets.truenasApiKey);
    for (const HostSpec& h : site.hosts) {
        esxi::SshOptions o;
        o.host = h.address;
        o.port = h.sshPort;
        o.user = h.user;
        o.password = secrets.hostPasswords.value(h.name);
        Redactor::add(o.password);
        e.hosts.insert(h.name, o);
    }
    return e;
}

QList<TrustRequest> SiteConnection::trustRequests() const
{
    QList<TrustRequest> out;
    const TrustRequest tls = m_truenas.pendingTrustRequest();
    if (!tls.fingerprint.isEmpty() && !tls.changed() && !m_truenas.isReady())
        out << tls;
    for (const esxi::EsxiHostClient* c : m_hosts) {
        // A session fills in the key it saw also when it was trusted: only keys the store does not know yet.
        const TrustRequest ssh = c->trustRequest();
        if (ssh.fingerprint.isEmpty() || ssh.changed() || !c->options().pinnedFingerprint.isEmpty())
            continue;
        const auto verdict =
            esxi::KnownHosts(c->options().knownHostsFile).check(ssh.host, ssh.port, ssh.fingerprint);
        if (verdict && *verdict == esxi::KnownHosts::Verdict::Unknown)
            out << ssh;
    }
    return out;
}

Status SiteConnection::trust(const TrustRequest& request)
{
    if (request.changed())
        return Error::make(QStringLiteral("trust.changed"),
                           tr("A changed key or certificate is never trusted from here: check the system, "
                              "then remove the old entry from the trust store."));
    if (request.kind == TrustRequest::Kind::TlsCertificate)
        return m_truenas.trustCertificate(request);
    for (const esxi::EsxiHostClient* c : m_hosts)
        if (c->options().host == request.host && c->options().port == request.port)
            return esxi::KnownHosts(c->options().knownHostsFile)
                .trust(request.host, request.port, request.keyType, request.fingerprint);
    return Error::make(QStringLiteral("trust.unknown-host"),
                       tr("No connection to %1:%2 asked for trust.").arg(request.host).arg(request.port));
}

SiteConnection::SiteConnection(const Site& site, Endpoints endpoints, CredentialStore* credentials,
                               QObject* parent)
    : QObject(parent)
    , m_site(site)
    , m_endpoints(std::move(endpoints))
{
    m_input.site = site;
    m_truenas.setOptions(m_endpoints.truenas);
    m_runner = std::make_unique<TrueNasOperationRunner>(&m_truenas, credentials);
    m_esxiExecutor = std::make_unique<esxi::EsxiOperationExecutor>();
    for (auto it = m_endpoints.hosts.constBegin(); it != m_endpoints.hosts.constEnd(); ++it) {
        auto* client = new esxi::EsxiHostClient(it.value(), 2, this);
        m_hosts.insert(it.key(), client);
        m_esxiExecutor->addHost(it.key(), client);
    }
    // A TrueNAS initiator group planned before ESXi generated the IQN reads it here (Planner: $esxi-iqn).
    m_truenasExecutor = std::make_unique<TrueNasPlanExecutor>(
        m_runner.get(), [this](const QString& host, std::function<void(Result<QString>)> done) {
            esxi::EsxiHostClient* c = m_hosts.value(host);
            if (!c)
                return done(
                    Error::make(QStringLiteral("plan.unknown-host"), tr("No connection to %1.").arg(host)));
            c->esxcli({QStringLiteral("iscsi"), QStringLiteral("adapter"), QStringLiteral("list")},
                      [c, host, done](Result<esxi::EsxcliValue> list) {
                          if (!list)
                              return done(list.error());
                          QString adapter;
                          for (const auto& a : list->records())
                              if (a.string(QStringLiteral("Driver")) == QLatin1String("iscsi_vmk"))
                                  adapter = a.string(QStringLiteral("Adapter"));
                          if (adapter.isEmpty())
                              return done(Error::make(QStringLiteral("esxi.no-adapter"),
                                                      tr("%1 has no software iSCSI adapter yet.").arg(host)));
                          c->esxcli({QStringLiteral("iscsi"), QStringLiteral("adapter"),
                                     QStringLiteral("get"), QStringLiteral("-A"), adapter},
                                    [done](Result<esxi::EsxcliValue> a) {
                                        if (!a)
                                            return done(a.error());
                                        done(a->string(QStringLiteral("Name")));
                                    });
                      });
        });
    m_router.route(QStringLiteral("esxcli"), m_esxiExecutor.get());
    m_router.route(QStringLiteral("esxcli-check"), m_esxiExecutor.get());
    m_router.route(QStringLiteral("vmkping"), m_esxiExecutor.get());
    m_router.route(QStringLiteral("truenas"), m_truenasExecutor.get());
    m_jumboGate = std::make_unique<JumboGateExecutor>(m_site, jumboPing());
    m_router.route(QStringLiteral("jumbo-gate"), m_jumboGate.get());
}

JumboMatrix::Ping SiteConnection::jumboPing() const
{
    // The hosts' clients live as long as this connection, which outlives the matrix it feeds.
    return [this](const QString& host, const QString& vmk, const QString& ip, int size,
                  std::function<void(PingOutcome)> done) {
        esxi::EsxiHostClient* client = m_hosts.value(host);
        if (!client)
            return done(PingOutcome{});
        client->run({QStringLiteral("vmkping"), QStringLiteral("-I"), vmk, QStringLiteral("-d"),
                     QStringLiteral("-s"), QString::number(size), QStringLiteral("-c"), QStringLiteral("3"),
                     QStringLiteral("-W"), QStringLiteral("1"), ip},
                    [done](Result<esxi::ExecResult> r) {
                        done(r ? esxi::parseVmkping(r->combined()) : PingOutcome{});
                    });
    };
}

SiteConnection::~SiteConnection()
{
    m_truenas.disconnectFromServer();
}

esxi::EsxiHostClient* SiteConnection::host(const QString& name) const
{
    return m_hosts.value(name);
}

int SiteConnection::esxcliCalls() const
{
    int n = 0;
    for (const auto* c : m_hosts)
        n += c->commandsRun();
    return n;
}

void SiteConnection::connectAndDiscover(std::function<void(Status)> done)
{
    struct Gather
    {
        int pending = 0;
        std::optional<Error> first;
        std::function<void(Status)> done;
    };
    auto g = std::make_shared<Gather>();
    g->done = std::move(done);
    g->pending = 1 + int(m_hosts.size());
    // Every system that failed is named, not only the first: an admin fixes two wrong passwords in one go.
    auto one = [g](Status s) {
        if (!s.ok() && !g->first)
            g->first = s.error();
        else if (!s.ok() && !g->first->message.contains(s.error().message))
            g->first->message += QLatin1Char('\n') + s.error().message;
        if (--g->pending == 0)
            g->first ? g->done(*g->first) : g->done(Status());
    };
    discoverTrueNas(one);
    for (auto it = m_hosts.constBegin(); it != m_hosts.constEnd(); ++it)
        discoverHost(it.key(), one);
}

void SiteConnection::discoverTrueNas(std::function<void(Status)> done)
{
    emit progress(tr("connecting to TrueNAS at %1 …").arg(m_endpoints.truenas.url.authority()));
    m_truenas.connectToServer([this, done](Status s) {
        if (!s.ok())
            return done(s);
        auto* discovery = new TrueNasDiscovery(&m_truenas, this);
        connect(discovery, &TrueNasDiscovery::finished, this, [this, discovery, done] {
            discovery->deleteLater();
            const auto snapshot = discovery->result();
            if (!snapshot)
                return done(snapshot.error());
            m_input.truenas = *snapshot;
            emit progress(tr("TrueNAS discovered: %1 calls in %2 ms")
                              .arg(discovery->callCount())
                              .arg(discovery->elapsedMs()));
            done(Status());
        });
        discovery->start();
    });
}

void SiteConnection::discoverHost(const QString& name, std::function<void(Status)> done)
{
    esxi::EsxiHostClient* client = m_hosts.value(name);
    emit progress(tr("connecting to %1 …").arg(name));
    esxi::EsxiDiscovery::discover(client, [this, name, client, done](Result<EsxiSnapshot> s) {
        if (!s) {
            Error e = s.error();
            e.message = name + QStringLiteral(": ") + e.message;
            return done(e);
        }
        m_input.hosts.insert(name, *s);
        emit progress(tr("%1 discovered: %2 esxcli calls").arg(name).arg(client->commandsRun()));
        done(Status());
    });
}

} // namespace mpio
