#pragma once

#include "app/lab/shell/WorldNetworkProbe.h"

#include <QObject>

namespace mpio::lab {

class EsxiShell;
class World;

// Connects an EsxiShell to the world: hosts and storage resolved through the World on every command (so
// World::reset() and World::setStorage() are followed), the world's network model as the NetworkProbe, and
// World::linksChanged → after model().linkDownDetectMs × timeScale, under the world lock, the affected
// hosts' paths go dead/active (esxi-esxcli.md §7.1). Use from the lab process:
//   EsxiShell shell; WorldShellBinding binding(&lab.world(), &shell); lab.setRunner(&shell);
class WorldShellBinding : public QObject
{
    Q_OBJECT
public:
    WorldShellBinding(World* world, EsxiShell* shell, QObject* parent = nullptr);

private:
    World* m_world;
    EsxiShell* m_shell;
    WorldNetworkProbe m_probe;
};

} // namespace mpio::lab
