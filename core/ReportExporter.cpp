#include "ReportExporter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>

namespace Plenary {

namespace {

// Markdown as a laid-out document. Raw HTML is not interpreted: what the
// rapporteur typed as "<b>" stays text, like everything the server sent.
void load(QTextDocument &doc, const QString &markdown) {
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    // DejaVu Sans covers Latin, Cyrillic and Arabic; fontconfig falls back
    // per glyph for the rest (CJK from whatever CJK font is installed).
    font.setFamilies({QStringLiteral("DejaVu Sans"), font.family()});
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                              QTextDocument::MarkdownNoHTML));
    // Tables with visible rules, like the ITU-T templates'.
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        QTextCursor cursor(b);
        if (QTextTable *table = cursor.currentTable()) {
            QTextTableFormat f = table->format();
            if (f.border() >= 1 && f.cellPadding() >= 3)
                continue; // styled already (a table has many blocks)
            f.setBorder(1);
            f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            f.setBorderBrush(QColor(0x80, 0x80, 0x80));
            f.setCellSpacing(0);
            f.setCellPadding(3);
            f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
#if QT_VERSION >= QT_VERSION_CHECK(6, 3, 0)
            f.setBorderCollapse(true);
#endif
            table->setFormat(f);
        }
    }
}

} // namespace

std::optional<ReportExporter::Format> ReportExporter::formatFromName(const QString &name) {
    const QString n = name.toLower();
    if (n == QLatin1String("pdf"))
        return Format::Pdf;
    if (n == QLatin1String("odt"))
        return Format::Odt;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return Format::Markdown;
    return std::nullopt;
}

std::optional<ReportExporter::Format> ReportExporter::formatFromFileName(const QString &fileName) {
    return formatFromName(QFileInfo(fileName).suffix());
}

QString ReportExporter::suggestedFileName(const QString &title, Format format) {
    // Letters of every script are kept: a Russian or Chinese title must not
    // become a row of dashes.
    static const QRegularExpression unsafe(QStringLiteral("[^\\w.-]+"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    QString base = QString(title).replace(unsafe, QStringLiteral("-"));
    if (base.isEmpty() || base == QLatin1String("-"))
        base = QStringLiteral("output");
    return base + QLatin1Char('.') + extension(format);
}

QString ReportExporter::extension(Format format) {
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Odt:
        return QStringLiteral("odt");
    case Format::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

bool ReportExporter::write(const QString &markdown, const QString &title, Format format,
                           const QString &path, QString *error) {
    if (format != Format::Markdown &&
        !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = tr("exporting to PDF or ODT needs a graphical application (fonts)");
        return false;
    }
    // QSaveFile: written beside the target and renamed over it only when
    // complete, so a failed export never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    bool ok = true;
    switch (format) {
    case Format::Markdown:
        ok = file.write(markdown.toUtf8()) >= 0;
        break;
    case Format::Pdf: {
        QTextDocument doc;
        load(doc, markdown);
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Plenary"));
        writer.setResolution(300);
        // print() lays the document out on the pages and numbers them.
        doc.print(&writer);
        break;
    }
    case Format::Odt: {
        QTextDocument doc;
        load(doc, markdown);
        doc.setMetaInformation(QTextDocument::DocumentTitle, title);
        // The ODF writer closes the device it is given (its zip writer
        // does), which QSaveFile refuses: write to memory, then the file.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "odf");
        ok = writer.write(&doc) && file.write(buffer.data()) == buffer.data().size();
        break;
    }
    }
    if (!ok || file.error() != QFileDevice::NoError) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Plenary
