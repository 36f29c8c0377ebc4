#include "ZipArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <memory>
#include <sys/stat.h>

namespace Plenary {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("Plenary::ZipArchive", text);
}

struct ZipCloser {
    void operator()(zip_t *z) const { zip_discard(z); } // read-only: nothing to write
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;
struct FileCloser {
    void operator()(zip_file_t *f) const { zip_fclose(f); }
};

ZipPtr openArchive(const QString &path, QString *error) {
    int code = 0;
    // ZIP_CHECKCONS: the central directory must agree with the local
    // headers (overlapping or crafted archives are refused).
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!z) {
        zip_error_t e;
        zip_error_init_with_code(&e, code);
        *error =
            tr("%1 is not a ZIP archive that can be read: %2")
                .arg(QFileInfo(path).fileName(), QString::fromLocal8Bit(zip_error_strerror(&e)));
        zip_error_fini(&e);
    }
    return ZipPtr(z);
}

ZipArchive::Member describe(zip_t *z, zip_uint64_t index, const ZipArchive::Limits &limits) {
    ZipArchive::Member m;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z, index, ZIP_FL_ENC_GUESS, &st) != 0 || !(st.valid & ZIP_STAT_NAME)) {
        m.problem = tr("its entry in the archive cannot be read");
        return m;
    }
    m.name = QString::fromUtf8(st.name);
    m.size = (st.valid & ZIP_STAT_SIZE) ? qint64(qMin<zip_uint64_t>(st.size, INT64_MAX)) : -1;
    m.compressedSize =
        (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(qMin<zip_uint64_t>(st.comp_size, INT64_MAX)) : -1;
    m.directory = m.name.endsWith(QLatin1Char('/'));
    m.problem = ZipArchive::unsafeName(m.name);
    if (!m.problem.isEmpty())
        return m;
    zip_uint8_t system = 0;
    zip_uint32_t attributes = 0;
    if (zip_file_get_external_attributes(z, index, 0, &system, &attributes) == 0 &&
        system == ZIP_OPSYS_UNIX && S_ISLNK(attributes >> 16)) {
        m.problem = tr("it is a link");
    } else if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        m.problem = tr("it is protected by a password");
    } else if (m.size < 0 || m.compressedSize < 0) {
        m.problem = tr("its size is not known");
    } else if (m.size > limits.maxMemberBytes) {
        m.problem = tr("it is too large (%1 MB)").arg(m.size / (1024 * 1024));
    } else if (m.size > limits.ratioFloorBytes &&
               double(m.size) > limits.maxRatio * double(qMax<qint64>(1, m.compressedSize))) {
        m.problem = tr("it would expand %1 times (a zip bomb)")
                        .arg(qRound64(double(m.size) / double(qMax<qint64>(1, m.compressedSize))));
    }
    return m;
}
} // namespace

QString ZipArchive::unsafeName(const QString &name) {
    if (name.isEmpty())
        return tr("it has no name");
    if (name.contains(QLatin1Char('\\')))
        return tr("its name has a backslash");
    if (name.startsWith(QLatin1Char('/')) || (name.size() >= 2 && name.at(1) == QLatin1Char(':')))
        return tr("its name is an absolute path");
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("its name has control or direction characters");
    const QStringList parts = name.split(QLatin1Char('/'));
    for (int i = 0; i < parts.size(); ++i) {
        const QString &p = parts.at(i);
        if (p == QLatin1String("..") || p == QLatin1String("."))
            return tr("its name leaves the archive's folder");
        if (p.isEmpty() && i != parts.size() - 1) // "a//b"; a trailing "/" is a folder
            return tr("its name has an empty part");
        if (p.toUtf8().size() > 255)
            return tr("its name is too long");
    }
    return {};
}

ZipArchive::Listing ZipArchive::list(const QString &archivePath, const Limits &limits) {
    Listing l;
    ZipPtr z = openArchive(archivePath, &l.error);
    if (!z)
        return l;
    const zip_int64_t count = zip_get_num_entries(z.get(), 0);
    if (count < 0) {
        l.error = tr("%1: the archive's directory cannot be read.")
                      .arg(QFileInfo(archivePath).fileName());
        return l;
    }
    if (count > limits.maxMembers) {
        l.error = tr("%1 has %2 members, more than %3: it is not opened.")
                      .arg(QFileInfo(archivePath).fileName())
                      .arg(count)
                      .arg(limits.maxMembers);
        return l;
    }
    l.members.reserve(int(count));
    for (zip_int64_t i = 0; i < count; ++i)
        l.members << describe(z.get(), zip_uint64_t(i), limits);
    return l;
}

ZipArchive::Extracted ZipArchive::extract(const QString &archivePath, const QString &memberName,
                                          const QString &targetDir, const Limits &limits) {
    Extracted x;
    ZipPtr z = openArchive(archivePath, &x.error);
    if (!z)
        return x;
    const zip_int64_t index =
        zip_name_locate(z.get(), memberName.toUtf8().constData(), ZIP_FL_ENC_GUESS);
    if (index < 0) {
        x.error = tr("%1 is not in the archive.").arg(memberName);
        return x;
    }
    const Member m = describe(z.get(), zip_uint64_t(index), limits);
    if (m.directory)
        x.error = tr("%1 is a folder.").arg(memberName);
    else if (!m.problem.isEmpty())
        x.error = tr("%1 cannot be opened: %2.").arg(memberName, m.problem);
    if (!x.ok())
        return x;

    // unsafeName() has refused anything that could leave targetDir.
    const QString target = QDir(targetDir).filePath(m.name);
    if (QFileInfo(target).isFile() && QFileInfo(target).size() == m.size) {
        x.path = target;
        return x;
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        x.error = tr("Cannot create the folder for %1.").arg(memberName);
        return x;
    }
    std::unique_ptr<zip_file_t, FileCloser> in(zip_fopen_index(z.get(), zip_uint64_t(index), 0));
    QFile out(target + QStringLiteral(".part"));
    if (!in || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        x.error = tr("Cannot extract %1: %2")
                      .arg(memberName,
                           in ? out.errorString() : QString::fromLocal8Bit(zip_strerror(z.get())));
        return x;
    }
    // The bytes really produced count, not what the header says: one more
    // than announced is a lie, and the member is refused.
    char buffer[64 * 1024];
    qint64 written = 0;
    for (;;) {
        const zip_int64_t n = zip_fread(in.get(), buffer, sizeof buffer);
        if (n < 0) {
            x.error = tr("%1 is damaged: %2")
                          .arg(memberName, QString::fromLocal8Bit(zip_file_strerror(in.get())));
            break;
        }
        if (n == 0)
            break;
        written += n;
        if (written > m.size || written > limits.maxMemberBytes) {
            x.error =
                tr("%1 holds more than the archive says: it is not extracted.").arg(memberName);
            break;
        }
        if (out.write(buffer, n) != n) {
            x.error = tr("Cannot write %1: %2").arg(memberName, out.errorString());
            break;
        }
    }
    if (x.ok() && written != m.size)
        x.error = tr("%1 is shorter than the archive says.").arg(memberName);
    out.close();
    if (!x.ok()) {
        out.remove();
        return x;
    }
    QFile::remove(target);
    if (!out.rename(target)) {
        x.error = tr("Cannot write %1: %2").arg(memberName, out.errorString());
        out.remove();
        return x;
    }
    x.path = target;
    return x;
}

} // namespace Plenary
