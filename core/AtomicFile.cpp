#include "AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace khronika {

namespace {

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

} // namespace

bool writeFileAtomically(
    const QString &path, const QByteArray &bytes, QString *error, const std::function<bool()> &beforeCommit)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, why);
        return false;
    };
    const QFileInfo target(path);
    if (target.isDir())
        return fail(systemError(EISDIR));
    // The temporary file must lie in the target's folder: a rename is atomic only within one file system.
    const QByteArray pattern
        = QFile::encodeName(QDir(target.absolutePath()).filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    QByteArray temporary = pattern;
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0)
        return fail(systemError(errno));
    const auto abandon = [&](int code) {
        ::close(fd);
        ::unlink(temporary.constData());
        return fail(systemError(code));
    };
    // A new file gets the permissions any program's file would (0666 less the umask); a replaced one
    // keeps its own.
    struct stat old {
    };
    mode_t mode = 0;
    if (::stat(QFile::encodeName(target.absoluteFilePath()).constData(), &old) == 0) {
        mode = old.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    if (::fchmod(fd, mode) != 0)
        return abandon(errno);
    const char *data = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return abandon(errno);
        }
        data += n;
        left -= n;
    }
    // A full disk may only show at the flush (delayed allocation); close() can report it too.
    if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS)
        return abandon(errno);
    if (beforeCommit && !beforeCommit()) {
        ::close(fd);
        ::unlink(temporary.constData());
        return fail(QStringLiteral("the write was interrupted"));
    }
    if (::close(fd) != 0) {
        const int code = errno;
        ::unlink(temporary.constData());
        return fail(systemError(code));
    }
    if (::rename(temporary.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        const int code = errno;
        ::unlink(temporary.constData());
        return fail(systemError(code));
    }
    return true;
}

} // namespace khronika
