#include "core/model/SiteEdit.h"

#include "core/validation/SiteValidator.h"

namespace mpio {

namespace {
Findings at(const Findings& all, const QStringList& fields)
{
    Findings out;
    for (const Finding& f : all)
        if (fields.contains(f.field))
            out.append(f);
    return out;
}
} // namespace

Result<SiteEdit::Address> SiteEdit::parseAddress(const QString& text, int defaultPort)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Error::make(QStringLiteral("site.address"),
                           tr("Enter the address: a DNS name or an IPv4 address, optionally with :port."));
    Address a{t, defaultPort};
    const qsizetype colon = t.lastIndexOf(u':');
    if (colon >= 0) {
        bool ok = false;
        a.host = t.left(colon);
        a.port = t.mid(colon + 1).toInt(&ok);
        if (!ok || a.port < 1 || a.port > 65535)
            return Error::make(QStringLiteral("site.address"),
                               tr("“%1” is not a port: after the colon comes a number from 1 to 65535.")
                                   .arg(t.mid(colon + 1)));
    }
    return a;
}

HostSpec SiteEdit::hostLike(const Site& site, const QString& name, const Address& address)
{
    HostSpec h;
    h.name = name.trimmed();
    h.address = address.host;
    h.sshPort = address.port;
    if (!site.hosts.isEmpty()) {
        h.user = site.hosts.first().user;
        for (HostPathSpec hp : site.hosts.first().paths) {
            hp.ip.clear(); // proposed on the Paths page
            h.paths.append(hp);
        }
        return h;
    }
    for (const PathSpec& p : site.paths) {
        HostPathSpec hp;
        hp.path = p.name;
        h.paths.append(hp);
    }
    return h;
}

Findings SiteEdit::findingsForNewHost(const Site& site, const HostSpec& host)
{
    Site candidate = site;
    candidate.hosts.append(host);
    const int i = int(candidate.hosts.size()) - 1;
    return at(SiteValidator::validate(candidate),
              {QStringLiteral("/hosts/%1/name").arg(i), QStringLiteral("/hosts/%1/address").arg(i),
               QStringLiteral("/hosts/%1/sshPort").arg(i)});
}

Findings SiteEdit::findingsForTrueNas(const Site& site, const Address& address)
{
    Site candidate = site;
    candidate.truenas.host = address.host;
    candidate.truenas.port = address.port;
    return at(SiteValidator::validate(candidate),
              {QStringLiteral("/truenas/host"), QStringLiteral("/truenas/port")});
}

} // namespace mpio
