#pragma once

#include <QFile>
#include <QString>

namespace deliverboard {

// Opens `path` for reading only when it is a regular file (after following symlinks).
// A FIFO, a socket or a device (/dev/stdin, /dev/zero) is refused without blocking: the
// file is opened with O_NONBLOCK and checked with fstat() before anything is read, so a
// FIFO with no writer cannot stall the caller. On failure `error` says why.
bool openRegularFile(QFile& file, const QString& path, QString* error = nullptr);

// The same check for a C file descriptor (for zlib's gzdopen); -1 on failure. The caller
// owns the descriptor.
int openRegularFileDescriptor(const QString& path, QString* error = nullptr);

// "a FIFO", "a device", ... for a path that is not a regular file; empty for a regular
// file or a path that cannot be examined (symlinks are followed).
QString nonRegularKind(const QString& path);

} // namespace deliverboard
