#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace mpio::test {

inline QString dataPath(const QString& relative)
{
    return QStringLiteral(MPIO_TEST_DATA_DIR "/") + relative;
}

inline QString referencePath(const QString& name)
{
    return QStringLiteral(MPIO_REFERENCE_DIR "/") + name;
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace mpio::test
