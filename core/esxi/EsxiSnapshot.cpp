#include "core/esxi/EsxiSnapshot.h"

namespace mpio {

namespace {
template<typename T> const T* findByName(const QList<T>& list, const QString& name)
{
    for (const T& item : list) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}
} // namespace

const EsxiSnapshot::Vmk* EsxiSnapshot::vmk(const QString& name) const
{
    return findByName(vmks, name);
}
const EsxiSnapshot::Vmnic* EsxiSnapshot::vmnic(const QString& name) const
{
    return findByName(vmnics, name);
}
const EsxiSnapshot::Vswitch* EsxiSnapshot::vswitch(const QString& name) const
{
    return findByName(vswitches, name);
}
const EsxiSnapshot::PortGroup* EsxiSnapshot::portGroup(const QString& name) const
{
    return findByName(portGroups, name);
}
const EsxiSnapshot::Device* EsxiSnapshot::device(const QString& id) const
{
    for (const Device& d : devices) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

} // namespace mpio
