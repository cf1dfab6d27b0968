#pragma once

#include "core/model/Ipv4.h"
#include "core/model/Site.h"
#include "core/validation/Finding.h"

#include <QCoreApplication>
#include <optional>

namespace mpio::SiteRules {

// Parsed once per validation run and shared by the rule groups.
struct Context
{
    const Site& site;
    QList<std::optional<Ipv4Subnet>> subnets; // per path; nullopt when the CIDR did not parse
    QList<std::optional<Ipv4Address>> truenasIps;
    std::optional<Ipv4Subnet> management;

    explicit Context(const Site& s);
    int pathIndex(const QString& name) const;
    int effectiveVmkMtu(const HostPathSpec& hp) const;
    int effectiveVswitchMtu(const HostPathSpec& hp) const;
};

// lupdate sees Tr::tr("…") with the context mpio::SiteRules::Tr.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mpio::SiteRules::Tr)
};
QString pathField(int path, const char* key);
QString hostField(int host, const char* key);
QString hostPathField(int host, int hostPath, const char* key);

void checkNames(const Context& ctx, Findings& out);
void checkTopology(const Context& ctx, Findings& out);
void checkAddresses(const Context& ctx, Findings& out);
void checkMtu(const Context& ctx, Findings& out);
void checkEsxi(const Context& ctx, Findings& out);
void checkStorage(const Context& ctx, Findings& out);
void checkIscsiAndPolicy(const Context& ctx, Findings& out);

} // namespace mpio::SiteRules
