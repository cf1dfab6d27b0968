#pragma once

#include <QString>

namespace mpio {

// Name grammars for everything a user can type that ends up in an esxcli command or a TrueNAS call.
// The ESXi command builders (core/esxi) accept only names that pass these checks, so nothing user-typed
// reaches a shell outside this grammar.
namespace Names {

bool isVmk(QStringView s);            // vmk0 … vmk999
bool isVmnic(QStringView s);          // vmnic0 … vmnic999
// Names that can end up in an esxcli command never start with '-' (it would read as an option).
bool isVswitch(QStringView s);        // 1–31 chars: letters, digits, space, - _ .; no leading/trailing space
bool isPortGroup(QStringView s);      // same grammar as a vSwitch name, up to 63 chars
bool isIqn(QStringView s);            // iqn.YYYY-MM.reversed.domain[:suffix] or eui.16hex, ≤ 223 chars
bool isTargetName(QStringView s);     // TrueNAS target name: ^[-a-z0-9.:]+$, ≤ 120 (truenas-api.md §3.5)
bool isZvolPath(QStringView s);       // pool/dataset[/…]: ZFS component grammar, ≤ 255
bool isPoolName(QStringView s);
bool isHostAddress(QStringView s);    // DNS name (RFC 1123 labels) or dotted IPv4
bool isTrueNasNic(QStringView s);     // Linux interface name: 1–15 chars [A-Za-z0-9_.-]
bool isNaa(QStringView s);            // naa.<hex> / t10.<printable> / eui.<hex>
bool isChapUser(QStringView s);       // 1–223 of [A-Za-z0-9_.:@-] (no shell metacharacters), no leading '-'
bool isExtentName(QStringView s);     // 1–64 of [A-Za-z0-9_.:-] (TrueNAS API only, never a command line)
bool isPathName(QStringView s);       // short label: letters, digits, - _, 1–16 chars, no leading '-'

} // namespace Names
} // namespace mpio
