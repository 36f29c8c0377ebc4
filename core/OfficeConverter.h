#pragma once

#include <QString>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace Plenary {

/// Office documents (.doc .docx .rtf .odt .ppt .pptx .xls .xlsx) as PDF,
/// made by LibreOffice (`soffice --headless --convert-to pdf`) into a cache,
/// once per version of a file (its path, size and modification time).
///
/// LibreOffice runs in a profile of its own (made when first needed, removed
/// with the converter) whose settings forbid macros and links to outside
/// content, in a process group of its own that is killed after a time
/// limit or on cancel. The document is copied under a neutral name first,
/// so nothing of its name reaches a command line. Blocking: use it on a
/// worker thread, one conversion at a time per converter.
class OfficeConverter {
public:
    struct Result {
        QString pdfPath;        ///< the PDF in the cache
        QString error;          ///< why there is none
        bool fromCache = false; ///< made by an earlier conversion
        bool cancelled = false;
        /// The failure was LibreOffice's or the machine's (a time limit, it
        /// could not start, no room), not the document's: try again later.
        bool retry = false;
        bool ok() const { return error.isEmpty() && !cancelled; }
    };
    /// Asked while LibreOffice works; true stops it.
    using CancelCheck = std::function<bool()>;

    /// @p cacheDir: the PDFs go to cacheDir/converted. @p program: the
    /// soffice to run; found by findProgram() when empty.
    explicit OfficeConverter(QString cacheDir, QString program = {});
    ~OfficeConverter();
    OfficeConverter(const OfficeConverter &) = delete;
    OfficeConverter &operator=(const OfficeConverter &) = delete;

    /// $PLENARY_SOFFICE when set (empty or "none": no converter), else
    /// soffice or libreoffice on the PATH; empty when there is none.
    static QString findProgram();
    bool isAvailable() const { return !m_program.isEmpty(); }
    QString program() const { return m_program; }

    /// The PDF made earlier for this version of @p source; empty if none.
    QString cachedPdf(const QString &source) const;
    /// The cached PDF, or a conversion now.
    Result convert(const QString &source, const CancelCheck &cancelled = {});

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    /// Files larger than this are not given to LibreOffice.
    static constexpr qint64 kMaxSourceBytes = qint64(200) * 1024 * 1024;

private:
    QString cachePathFor(const QString &source) const;
    bool ensureProfile(QString *error);

    QString m_cacheDir;
    QString m_program;
    int m_timeoutMs = 120 * 1000;
    std::unique_ptr<QTemporaryDir> m_profile;
};

} // namespace Plenary
