#include "app/lab/world/World.h"

#include "app/lab/world/EsxiHostJson.h"
#include "app/lab/world/LabIpv4.h"
#include "app/lab/world/ScenarioStorage.h"

#include <QJsonArray>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <algorithm>

namespace mpio::lab {

namespace {

// IPv4 (20) + ICMP (8) header bytes on top of vmkping's -s payload (esxi-esxcli.md §3.2).
constexpr int kIcmpOverhead = 28;

struct Attachment
{
    QString uplink;     // the vmnic the frame leaves through
    QString switchName; // where its cable ends
    QString problem;    // non-empty: why there is no usable attachment
};

// Which uplink a port group uses now: the first active uplink with link, else the first standby with link
// (failover order, esxi-esxcli.md §2.2), then its cable and switch.
Attachment attach(const EsxiHostState& h, const Vmk& v, const QList<CableSpec>& cables,
                  const QList<SwitchSpec>& switches)
{
    Attachment a;
    const PortGroup* pg = nullptr;
    for (const PortGroup& g : h.portGroups)
        if (g.name == v.portGroup)
            pg = &g;
    if (!pg) {
        a.problem = QStringLiteral("port group %1 does not exist").arg(v.portGroup);
        return a;
    }
    const VSwitch* vs = nullptr;
    for (const VSwitch& s : h.vswitches)
        if (s.name == pg->vswitch)
            vs = &s;
    if (!vs) {
        a.problem = QStringLiteral("vSwitch %1 does not exist").arg(pg->vswitch);
        return a;
    }
    const QStringList active = pg->overrideFailover ? pg->activeUplinks : vs->activeUplinks;
    const QStringList standby = pg->overrideFailover ? pg->standbyUplinks : vs->standbyUplinks;
    auto linked = [&](const QString& n) {
        if (!vs->uplinks.contains(n))
            return false;
        for (const Vmnic& nic : h.vmnics)
            if (nic.name == n)
                return nic.linkUp && nic.adminUp;
        return false;
    };
    for (const QString& n : active + standby)
        if (linked(n)) {
            a.uplink = n;
            break;
        }
    if (a.uplink.isEmpty()) {
        a.problem = QStringLiteral("no active or standby uplink of %1 has link").arg(pg->name);
        return a;
    }
    for (const CableSpec& c : cables)
        if (c.system == h.name && c.nic == a.uplink && c.connected)
            a.switchName = c.switchName;
    if (a.switchName.isEmpty()) {
        a.problem = QStringLiteral("%1 has no cable").arg(a.uplink);
        return a;
    }
    for (const SwitchSpec& s : switches)
        if (s.name == a.switchName && !s.up)
            a.problem = QStringLiteral("switch %1 is down").arg(s.name);
    return a;
}

} // namespace

namespace {

// Forwards to the World's current storage side (see World::storageProxy()).
class StorageProxy : public StorageSide
{
public:
    explicit StorageProxy(const World* world)
        : m_world(world)
    {}
    QList<StorageNic> nics() const override { return s() ? s()->nics() : QList<StorageNic>(); }
    bool iscsiServiceRunning() const override { return s() && s()->iscsiServiceRunning(); }
    int iscsiPort() const override { return s() ? s()->iscsiPort() : 3260; }
    QList<QPair<QString, QStringList>> sendTargets(const QString& iqn, const QString& portal) const override
    {
        return s() ? s()->sendTargets(iqn, portal) : QList<QPair<QString, QStringList>>();
    }
    LoginResult login(const LoginRequest& request) override
    {
        if (s())
            return s()->login(request);
        LoginResult r;
        r.reason = QStringLiteral("no portal");
        return r;
    }
    void logout(const QString& iqn, const QString& portal, const QString& target) override
    {
        if (s())
            s()->logout(iqn, portal, target);
    }
    QJsonObject dumpState() const override { return s() ? s()->dumpState() : QJsonObject(); }

private:
    StorageSide* s() const { return m_world->storage(); }
    const World* m_world;
};

} // namespace

StorageSide* World::storageProxy() const
{
    return m_storageProxy.get();
}

World::World(const Scenario& scenario, QObject* parent)
    : QObject(parent)
    , m_scenario(scenario)
    , m_storageProxy(std::make_unique<StorageProxy>(this))
{
    reset();
}

World::~World() = default;

QStringList World::hostNames() const
{
    QMutexLocker lock(&m_mutex);
    QStringList out;
    for (const auto& h : m_hosts)
        out.append(h->name);
    return out;
}

EsxiHostState* World::host(const QString& name)
{
    for (const auto& h : m_hosts)
        if (h->name == name)
            return h.get();
    return nullptr;
}

void World::setStorage(StorageSide* storage)
{
    {
        QMutexLocker lock(&m_mutex);
        m_storage = storage ? storage : m_scenarioStorage.get();
    }
    if (storage)
        emit storageAttached();
}

void World::storageChanged()
{
    emit linksChanged(hostNames());
}

QString World::storageName() const
{
    if (m_scenario.hasStorage)
        return m_scenario.storage.name;
    return m_scenario.truenas.value(QStringLiteral("hostname")).toString(QStringLiteral("truenas"));
}

void World::reset()
{
    {
        QMutexLocker lock(&m_mutex);
        const bool external = m_storage && m_storage != m_scenarioStorage.get();
        // In place: pointers handed out by host() and storage() stay valid across resets.
        if (m_hosts.empty())
            for (const EsxiHostState& h : m_scenario.hosts)
                m_hosts.push_back(std::make_unique<EsxiHostState>(h));
        else
            for (size_t i = 0; i < m_hosts.size(); ++i)
                *m_hosts[i] = m_scenario.hosts[qsizetype(i)];
        m_switches = m_scenario.switches;
        m_cables = m_scenario.cables;
        if (m_scenario.hasStorage && !m_scenarioStorage)
            m_scenarioStorage = std::make_unique<ScenarioStorage>(m_scenario.storage);
        else if (m_scenarioStorage)
            m_scenarioStorage->reset();
        if (!external)
            m_storage = m_scenarioStorage.get();
        applyLinks();
    }
    emit worldReset();
}

const CableSpec* World::cableFor(const QString& system, const QString& nic) const
{
    for (const CableSpec& c : m_cables)
        if (c.system == system && c.nic == nic)
            return &c;
    return nullptr;
}

const SwitchSpec* World::switchNamed(const QString& name) const
{
    for (const SwitchSpec& s : m_switches)
        if (s.name == name)
            return &s;
    return nullptr;
}

// A cabled vmnic has link when its cable is plugged in and the switch is up; an uncabled one keeps what the
// scenario says (management NICs are not modelled as cabled).
void World::applyLinks()
{
    QStringList changed;
    for (const auto& hp : m_hosts) {
        EsxiHostState& h = *hp;
        const EsxiHostState* initial = nullptr;
        for (const EsxiHostState& s : m_scenario.hosts)
            if (s.name == h.name)
                initial = &s;
        for (Vmnic& n : h.vmnics) {
            const CableSpec* c = cableFor(h.name, n.name);
            bool base = true;
            if (initial)
                for (const Vmnic& in : initial->vmnics)
                    if (in.name == n.name)
                        base = in.linkUp;
            bool up = base;
            if (c) {
                const SwitchSpec* s = switchNamed(c->switchName);
                up = base && c->connected && s && s->up;
            }
            if (up != n.linkUp) {
                n.linkUp = up;
                if (!changed.contains(h.name))
                    changed.append(h.name);
            }
        }
    }
    if (!changed.isEmpty())
        emit linksChanged(changed);
}

bool World::setCableConnected(const QString& cableId, bool connected, QString* error)
{
    QMutexLocker lock(&m_mutex);
    for (CableSpec& c : m_cables)
        if (c.id == cableId) {
            c.connected = connected;
            applyLinks();
            return true;
        }
    *error = QStringLiteral("unknown cable \"%1\"").arg(cableId);
    return false;
}

bool World::setSwitchUp(const QString& switchName, bool up, QString* error)
{
    QMutexLocker lock(&m_mutex);
    for (SwitchSpec& s : m_switches)
        if (s.name == switchName) {
            s.up = up;
            applyLinks();
            return true;
        }
    *error = QStringLiteral("unknown switch \"%1\"").arg(switchName);
    return false;
}

bool World::setSwitchPortMtu(const QString& switchName, int mtu, QString* error)
{
    QMutexLocker lock(&m_mutex);
    if (mtu < 1280 || mtu > 9216) {
        *error = QStringLiteral("mtu %1 out of range [1280, 9216]").arg(mtu);
        return false;
    }
    for (SwitchSpec& s : m_switches)
        if (s.name == switchName) {
            s.portMtu = mtu;
            return true;
        }
    *error = QStringLiteral("unknown switch \"%1\"").arg(switchName);
    return false;
}

QString World::routeVmk(const EsxiHostState& h, quint32 dst) const
{
    // Connected routes first, in vmk order (ESXi picks the first vmk of a subnet: Broadcom KB 323116).
    QList<Vmk> vmks = h.vmks;
    std::sort(vmks.begin(), vmks.end(),
              [](const Vmk& a, const Vmk& b) { return a.name.mid(3).toInt() < b.name.mid(3).toInt(); });
    for (const Vmk& v : vmks) {
        const auto ip = LabIpv4::parse(v.ipv4);
        const auto prefix = LabIpv4::prefixFromNetmask(v.netmask);
        if (ip && prefix && v.enabled && LabIpv4::sameSubnet(*ip, dst, *prefix))
            return v.name;
    }
    return {};
}

ProbeResult World::probe(const QString& hostName, const QString& vmkName, const QString& dstIp,
                         int payloadSize, bool dontFragment) const
{
    QMutexLocker lock(&m_mutex);
    ProbeResult r;
    const EsxiHostState* h = nullptr;
    for (const auto& x : m_hosts)
        if (x->name == hostName)
            h = x.get();
    if (!h) {
        r.outcome = ProbeOutcome::UnknownInterface;
        r.detail = QStringLiteral("unknown host %1").arg(hostName);
        return r;
    }
    const auto dst = LabIpv4::parse(dstIp);
    if (!dst) {
        r.outcome = ProbeOutcome::NetworkUnreachable;
        r.detail = QStringLiteral("%1 is not an IPv4 address").arg(dstIp);
        return r;
    }

    QString name = vmkName;
    if (name.isEmpty()) {
        name = routeVmk(*h, *dst);
        if (name.isEmpty()) {
            // Gateways and routers are not modelled: nothing beyond a connected subnet answers.
            bool gateway = false;
            for (const Vmk& v : h->vmks)
                gateway = gateway || (!v.gateway.isEmpty() && v.gateway != QLatin1String("0.0.0.0") &&
                                      !v.ipv4.isEmpty());
            r.outcome = gateway ? ProbeOutcome::Lost : ProbeOutcome::NetworkUnreachable;
            r.detail =
                gateway ? QStringLiteral("%1 is only reachable through a gateway (not modelled)").arg(dstIp)
                        : QStringLiteral("no vmk subnet contains %1").arg(dstIp);
            return r;
        }
    }
    const Vmk* v = nullptr;
    for (const Vmk& x : h->vmks)
        if (x.name == name)
            v = &x;
    if (!v) {
        r.outcome = ProbeOutcome::UnknownInterface;
        r.detail = QStringLiteral("%1 has no %2").arg(hostName, name);
        return r;
    }
    r.vmk = v->name;
    r.sourceIp = v->ipv4;
    const auto src = LabIpv4::parse(v->ipv4);
    const auto prefix = LabIpv4::prefixFromNetmask(v->netmask);
    if (!src || !prefix || v->addressType == QLatin1String("NONE")) {
        r.outcome = ProbeOutcome::NoAddress;
        r.detail = QStringLiteral("%1 has no IPv4 address").arg(v->name);
        return r;
    }
    if (!LabIpv4::sameSubnet(*src, *dst, *prefix)) {
        const bool gateway = !v->gateway.isEmpty() && v->gateway != QLatin1String("0.0.0.0");
        r.outcome = gateway ? ProbeOutcome::Lost : ProbeOutcome::NetworkUnreachable;
        r.detail =
            gateway
                ? QStringLiteral("%1 is outside %2's subnet; gateways are not modelled").arg(dstIp, v->name)
                : QStringLiteral("%1 is outside %2's subnet and %2 has no gateway").arg(dstIp, v->name);
        return r;
    }
    const int frame = payloadSize + kIcmpOverhead;
    if (dontFragment && frame > v->mtu) {
        r.outcome = ProbeOutcome::LocalMessageTooLong;
        r.detail =
            QStringLiteral("%1-byte packet exceeds %2 MTU %3 with DF").arg(frame).arg(v->name).arg(v->mtu);
        return r;
    }
    // Without DF the vmk fragments locally (esxi-esxcli.md §3.2), so no fragment exceeds the vmk MTU.
    const int wire = dontFragment ? frame : std::min(frame, v->mtu);

    // ARP: the frame must reach a switch, and the owner of dstIp must hang off that same switch.
    const Attachment out = attach(*h, *v, m_cables, m_switches);
    if (!out.problem.isEmpty()) {
        r.outcome = ProbeOutcome::HostDown;
        r.detail = out.problem;
        return r;
    }
    int destMtu = 0;
    QString destWhat;
    QString destProblem = QStringLiteral("nobody owns %1").arg(dstIp);
    if (m_storage) {
        const QString sys = storageName();
        const QList<StorageNic> nics = m_storage->nics();
        for (const StorageNic& n : nics) {
            if (n.ipv4 != dstIp)
                continue;
            const CableSpec* c = cableFor(sys, n.name);
            if (!n.linkUp)
                destProblem = QStringLiteral("%1 %2 has no link").arg(sys, n.name);
            else if (!c || !c->connected)
                destProblem = QStringLiteral("%1 %2 has no cable").arg(sys, n.name);
            else if (c->switchName != out.switchName)
                destProblem = QStringLiteral("%1 is on %2, %3 leaves through %4 to %5")
                                  .arg(dstIp, c->switchName, v->name, out.uplink, out.switchName);
            else {
                destMtu = n.mtu;
                destWhat = sys + QLatin1Char(' ') + n.name;
                break;
            }
        }
    }
    if (destMtu == 0) {
        for (const auto& op : m_hosts)
            for (const Vmk& ov : op->vmks) {
                const EsxiHostState& other = *op;
                if (ov.ipv4 != dstIp || (&other == h && &ov == v) || destMtu)
                    continue;
                const Attachment in = attach(other, ov, m_cables, m_switches);
                if (in.problem.isEmpty() && in.switchName == out.switchName) {
                    destMtu = ov.mtu;
                    for (const PortGroup& g : other.portGroups)
                        if (g.name == ov.portGroup)
                            for (const VSwitch& s : other.vswitches)
                                if (s.name == g.vswitch)
                                    destMtu = std::min(destMtu, s.mtu);
                    destWhat = other.name + QLatin1Char(' ') + ov.name;
                }
            }
    }
    if (destMtu == 0) {
        r.outcome = ProbeOutcome::HostDown;
        r.detail = destProblem;
        return r;
    }

    // Every hop that is smaller than the frame drops it silently.
    int vsMtu = 0;
    for (const PortGroup& g : h->portGroups)
        if (g.name == v->portGroup)
            for (const VSwitch& s : h->vswitches)
                if (s.name == g.vswitch)
                    vsMtu = s.mtu;
    const SwitchSpec* sw = switchNamed(out.switchName);
    if (wire > vsMtu) {
        r.outcome = ProbeOutcome::Lost;
        r.detail = QStringLiteral("%1-byte frame exceeds the vSwitch MTU %2").arg(wire).arg(vsMtu);
    } else if (sw && wire > sw->portMtu) {
        r.outcome = ProbeOutcome::Lost;
        r.detail =
            QStringLiteral("%1-byte frame exceeds %2 port MTU %3").arg(wire).arg(sw->name).arg(sw->portMtu);
    } else if (wire > destMtu) {
        r.outcome = ProbeOutcome::Lost;
        r.detail = QStringLiteral("%1-byte frame exceeds %2 MTU %3").arg(wire).arg(destWhat).arg(destMtu);
    } else {
        r.outcome = ProbeOutcome::Ok;
        r.rttMs = 0.12 + wire * 0.00004 + QRandomGenerator::global()->bounded(0.08);
        r.detail = QStringLiteral("via %1 %2 to %3").arg(out.uplink, out.switchName, destWhat);
    }
    return r;
}

bool World::reachable(const QString& host, const QString& vmk, const QString& dstIp) const
{
    // iSCSI logins use small segments (MSS follows the local MTU), so a small echo decides reachability.
    return probe(host, vmk, dstIp, 56, false).outcome == ProbeOutcome::Ok;
}

QJsonObject World::dumpState() const
{
    QMutexLocker lock(&m_mutex);
    QList<SwitchSpec> sws = m_switches;
    std::sort(sws.begin(), sws.end(),
              [](const SwitchSpec& a, const SwitchSpec& b) { return a.name < b.name; });
    QJsonArray switches;
    for (const SwitchSpec& s : sws)
        switches.append(QJsonObject{{QStringLiteral("name"), s.name},
                                    {QStringLiteral("portMtu"), s.portMtu},
                                    {QStringLiteral("up"), s.up}});
    QList<CableSpec> cs = m_cables;
    std::sort(cs.begin(), cs.end(), [](const CableSpec& a, const CableSpec& b) { return a.id < b.id; });
    QJsonArray cables;
    for (const CableSpec& c : cs)
        cables.append(QJsonObject{{QStringLiteral("id"), c.id},
                                  {QStringLiteral("nic"), c.end()},
                                  {QStringLiteral("switch"), c.switchName},
                                  {QStringLiteral("connected"), c.connected}});
    QList<const EsxiHostState*> hs;
    for (const auto& h : m_hosts)
        hs.append(h.get());
    std::sort(hs.begin(), hs.end(),
              [](const EsxiHostState* a, const EsxiHostState* b) { return a->name < b->name; });
    QJsonArray hosts;
    for (const EsxiHostState* h : std::as_const(hs))
        hosts.append(EsxiHostJson::write(*h));
    QJsonObject o{{QStringLiteral("scenario"), m_scenario.name},
                  {QStringLiteral("switches"), switches},
                  {QStringLiteral("cables"), cables},
                  {QStringLiteral("hosts"), hosts}};
    if (m_storage)
        o.insert(QStringLiteral("storage"), m_storage->dumpState());
    return o;
}

} // namespace mpio::lab
