#pragma once

// Reading exported files back with the programs people use: poppler's
// pdftotext / pdfinfo, and LibreOffice for ODT.

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace PlenaryTest {

inline QString run(const QString &program, const QStringList &args, int timeoutMs = 60000,
                   int *exitCode = nullptr) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The text of a PDF as pdftotext gives it (UTF-8), compatibility forms
/// folded (Arabic presentation forms, "ﬁ" ligatures back to letters) and
/// the page numbers at the foot of each page left out (a heading that
/// wraps onto the next page would have one in the middle).
inline QString pdfText(const QString &pdf) {
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                             .normalized(QString::NormalizationForm_KC);
    QStringList kept;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString bare = QString(line).remove(QLatin1Char('\f')).trimmed();
        bool number = false;
        bare.toInt(&number);
        if (!number)
            kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

/// @p text without spaces, line breaks and hyphens: what survives of a
/// phrase however the page wraps it (pdftotext joins "FG-Smart-" at a line
/// end and "I-0037" on the next as "FG-SmartI-0037").
inline QString squashed(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace() && c != QLatin1Char('-') && c.category() != QChar::Other_Format)
            out += c;
    return out;
}

/// "Pages:" of pdfinfo, -1 when it cannot read the file.
inline int pdfPages(const QString &pdf) {
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    for (const QString &line : info.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

inline QString pdfInfoField(const QString &pdf, const QString &field) {
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    for (const QString &line : info.split(QLatin1Char('\n')))
        if (line.startsWith(field + QLatin1Char(':')))
            return line.mid(field.size() + 1).trimmed();
    return {};
}

inline QString sofficePath() {
    for (const char *name : {"soffice", "libreoffice"})
        if (const QString p = QStandardPaths::findExecutable(QLatin1String(name)); !p.isEmpty())
            return p;
    return {};
}

/// Converts @p odt to PDF with LibreOffice headless (its own profile in
/// @p workDir); returns the PDF's path, or empty with @p error.
inline QString odtToPdf(const QString &odt, const QString &workDir, QString *error) {
    const QString soffice = sofficePath();
    if (soffice.isEmpty()) {
        *error = QStringLiteral("LibreOffice (soffice) is not installed");
        return {};
    }
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + workDir +
                          QStringLiteral("/lo-profile"),
                      QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                      QStringLiteral("pdf"), QStringLiteral("--outdir"), workDir, odt});
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        *error = QStringLiteral("LibreOffice did not finish converting %1").arg(odt);
        return {};
    }
    const QString pdf =
        QDir(workDir).filePath(QFileInfo(odt).completeBaseName() + QStringLiteral(".pdf"));
    if (p.exitCode() != 0 || !QFileInfo::exists(pdf)) {
        *error = QStringLiteral("LibreOffice failed on %1 (exit %2): %3%4")
                     .arg(odt)
                     .arg(p.exitCode())
                     .arg(QString::fromUtf8(p.readAllStandardOutput()),
                          QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    return pdf;
}

} // namespace PlenaryTest
