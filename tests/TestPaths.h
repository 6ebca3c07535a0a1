#pragma once

#include <QDir>
#include <QString>

// Paths the tests read from: the project tree, the shared corpus beside it, the binaries.
namespace testpaths {

inline QString source(const QString& relative)
{
    return QDir(QStringLiteral(DELIVERBOARD_SOURCE_DIR)).filePath(relative);
}

inline QString shared(const QString& relative)
{
    return QDir::cleanPath(QDir(QStringLiteral(DELIVERBOARD_SHARED_DIR)).filePath(relative));
}

inline QString binary(const QString& name)
{
    return QDir(QStringLiteral(DELIVERBOARD_BIN_DIR)).filePath(name);
}

} // namespace testpaths
