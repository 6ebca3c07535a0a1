#include "SafeFile.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace deliverboard {

namespace {

QString kindOf(mode_t mode) {
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("SafeFile", "a FIFO (named pipe)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QCoreApplication::translate("SafeFile", "a device");
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("SafeFile", "a socket");
    if (S_ISDIR(mode))
        return QCoreApplication::translate("SafeFile", "a folder");
    return QCoreApplication::translate("SafeFile", "not a regular file");
}

} // namespace

int openRegularFileDescriptor(const QString& path, QString* error) {
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        if (error)
            *error = QCoreApplication::translate("SafeFile", "%1, not a regular file; not read")
                         .arg(kindOf(st.st_mode));
        ::close(fd);
        return -1;
    }
    // A regular file never blocks; plain blocking reads from here on.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    return fd;
}

bool openRegularFile(QFile& file, const QString& path, QString* error) {
    const int fd = openRegularFileDescriptor(path, error);
    if (fd < 0)
        return false;
    file.setFileName(path);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        if (error)
            *error = file.errorString();
        ::close(fd);
        return false;
    }
    return true;
}

QString nonRegularKind(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || S_ISREG(st.st_mode))
        return {};
    return kindOf(st.st_mode);
}

} // namespace deliverboard
