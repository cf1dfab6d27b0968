#pragma once

#include "core/checks/JumboMatrix.h"
#include "core/common/Result.h"
#include "core/esxi/SshSession.h"
#include "core/lab/LabEndpoints.h"
#include "core/plan/ExecutorRouter.h"
#include "core/plan/Planner.h"
#include "core/truenas/TrueNasClient.h"

#include <QHash>
#include <QObject>
#include <memory>

namespace mpio {

class CredentialStore;
class JumboGateExecutor;
class TrueNasOperationRunner;
class TrueNasPlanExecutor;
namespace esxi {
class EsxiHostClient;
class EsxiOperationExecutor;
} // namespace esxi

// Both sides of a site, connected: the TrueNAS client and one EsxiHostClient per profile host, the
// discovery of all of them in parallel, and the executors a PlanRunner needs (ESXi + TrueNAS behind one
// router). Shared by mpioctl (plan, apply, rollback, resume, verify) and the wizard.
class SiteConnection : public QObject
{
    Q_OBJECT

public:
    struct Endpoints
    {
        TrueNasClient::Options truenas;
        QHash<QString, esxi::SshOptions> hosts; // by HostSpec::name
    };
    // A running lab's systems for a profile: hosts are matched by name (esx01 ↔ esx01), keys pinned to the
    // fingerprints the lab published, its credentials registered with the Redactor.
    static Result<Endpoints> fromLab(const Site& site, const LabEndpoints& lab);
    // The profile's own systems: TrueNAS at its host:port over TLS with the API key, each host at its address
    // with its password (both registered with the Redactor). Keys and certificates are checked against the
    // app's trust stores; an unknown one fails the connect and is offered in trustRequests().
    struct Secrets
    {
        QString truenasApiKey;
        QHash<QString, QString> hostPasswords; // by HostSpec::name
    };
    static Result<Endpoints> forSite(const Site& site, const Secrets& secrets);

    SiteConnection(const Site& site, Endpoints endpoints, CredentialStore* credentials,
                   QObject* parent = nullptr);
    ~SiteConnection() override;

    // Connects to every system and discovers it; `done` once, with the first error (the others keep
    // running to completion and are reported in progress()).
    void connectAndDiscover(std::function<void(Status)> done);
    Planner::Input input() const { return m_input; }
    OperationExecutor* executor() { return &m_router; }
    TrueNasOperationRunner* truenasRunner() const { return m_runner.get(); }
    esxi::EsxiHostClient* host(const QString& name) const;
    // vmkping through the hosts' clients, for JumboMatrix (check-jumbo, the wizard's jumbo page).
    JumboMatrix::Ping jumboPing() const;
    // The executor of the plan's jumbo gate step: its override and its live cells.
    JumboGateExecutor* jumboGate() const { return m_jumboGate.get(); }
    int esxcliCalls() const;
    // After a failed connectAndDiscover: the unknown certificate and host keys the user may trust (first
    // contact; a CHANGED key or certificate is never offered — its connect failed naming both fingerprints).
    QList<TrustRequest> trustRequests() const;
    // Records the user's yes to one of trustRequests() in the app's trust store; connect again afterwards.
    Status trust(const TrustRequest& request);

signals:
    void progress(const QString& text);

private:
    void discoverTrueNas(std::function<void(Status)> done);
    void discoverHost(const QString& name, std::function<void(Status)> done);

    Site m_site;
    Endpoints m_endpoints;
    Planner::Input m_input;
    TrueNasClient m_truenas;
    std::unique_ptr<TrueNasOperationRunner> m_runner;
    std::unique_ptr<TrueNasPlanExecutor> m_truenasExecutor;
    std::unique_ptr<esxi::EsxiOperationExecutor> m_esxiExecutor;
    QHash<QString, esxi::EsxiHostClient*> m_hosts;
    std::unique_ptr<JumboGateExecutor> m_jumboGate;
    ExecutorRouter m_router;
};

} // namespace mpio
