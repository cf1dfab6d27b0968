#pragma once

namespace mpio::ui {

// Page ids of the setup wizard, in flow order (issue 7 numbers in brackets). Pages of the issue not built
// yet are named here so the order stays stable when they arrive.
enum PageId
{
    WelcomePageId = 1, // [1] profile and where its systems are: the real site or the virtual lab
    SystemsPageId =
        2, // [2, 3] the real site's logins: TrueNAS API key, ESXi passwords (keychain); not for a lab
    DiscoverPageId = 3,  // [2, 3] connect to TrueNAS and every ESXi host (trust prompts), show what is there
    PathsPageId = 4,     // [4] paths and hosts per path, validated live, topology picture
    StoragePageId = 5,   // [5] pool, zvol, target, CHAP, port binding
    JumboPageId = 6,     // [6] vmkping matrix hosts × vmks × portal IPs; the gate can be overridden
    PlanPageId = 7,      // [7] plan review; applying needs an explicit confirmation
    ApplyPageId = 8,     // [8] progress, live log, cancel; roll back / retry / stop on failure
    VerifyPageId = 9,    // [9] paths, states, PSP, iops per host and device
    FailoverPageId = 10, // [10] the article's failover protocol, measured; skippable
    LiveIopsPageId = 11, // [11] live per-path IOPS chart, shares, path events — the last page of a setup
    AuditPageId = 12     // [1 → audit] read-only audit after discovery — the last page of an audit
};

} // namespace mpio::ui
