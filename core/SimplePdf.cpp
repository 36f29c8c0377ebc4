#include "SimplePdf.h"

#include <QStringList>

namespace Plenary {
namespace {

constexpr double kPageWidth = 595.0; // A4 in points
constexpr double kPageHeight = 842.0;
constexpr double kMargin = 64.0;

struct StyleMetrics {
    const char *font; // resource name
    double size;
    double leading;
    double spaceBefore;
};

StyleMetrics metrics(SimplePdf::Style style) {
    switch (style) {
    case SimplePdf::Style::Title:
        return {"F2", 15, 19, 10};
    case SimplePdf::Style::Heading:
        return {"F2", 11.5, 15, 10};
    case SimplePdf::Style::Body:
        return {"F1", 10.5, 14, 6};
    case SimplePdf::Style::Small:
        return {"F1", 9, 12, 2};
    }
    return {"F1", 10.5, 14, 6};
}

// Maps to WinAnsiEncoding: Latin-1 as is, the common typographic marks to
// their Windows-1252 codes, anything else to '?'.
char winAnsi(QChar c) {
    const ushort u = c.unicode();
    switch (u) {
    case 0x2013:
        return char(0x96);
    case 0x2014:
        return char(0x97);
    case 0x2018:
        return char(0x91);
    case 0x2019:
        return char(0x92);
    case 0x201C:
        return char(0x93);
    case 0x201D:
        return char(0x94);
    case 0x2022:
        return char(0x95);
    case 0x2026:
        return char(0x85);
    case 0x20AC:
        return char(0x80);
    default:
        break;
    }
    if (u >= 0x20 && u < 0x7F)
        return char(u);
    if (u >= 0xA0 && u <= 0xFF)
        return char(u);
    return '?';
}

QByteArray pdfString(const QString &text) {
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '(';
    for (QChar c : text) {
        const char b = winAnsi(c);
        if (b == '(' || b == ')' || b == '\\')
            out += '\\';
        out += b;
    }
    out += ')';
    return out;
}

QByteArray utf16Hex(const QString &text) {
    QByteArray out = "<FEFF";
    for (QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    out += '>';
    return out;
}

// Helvetica averages about half an em per character in running English
// text; 0.52 keeps lines inside the margin without measuring glyphs.
QStringList wrap(const QString &paragraph, double fontSize) {
    const int maxChars = int((kPageWidth - 2 * kMargin) / (fontSize * 0.52));
    QStringList lines;
    QString line;
    for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > maxChars) {
            lines << line;
            line.clear();
        }
        if (!line.isEmpty())
            line += QLatin1Char(' ');
        line += word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}

} // namespace

QByteArray SimplePdf::render() const {
    // Lay out the text into pages of content streams.
    QList<QByteArray> pages;
    QByteArray content;
    double y = kPageHeight - kMargin;
    auto newPage = [&] {
        pages << content;
        content.clear();
        y = kPageHeight - kMargin;
    };
    for (const Block &block : m_blocks) {
        const StyleMetrics m = metrics(block.style);
        y -= m.spaceBefore;
        for (const QString &paragraph : block.text.split(QLatin1Char('\n'))) {
            for (const QString &line : wrap(paragraph, m.size)) {
                if (y - m.leading < kMargin)
                    newPage();
                y -= m.leading;
                content += "BT /" + QByteArray(m.font) + ' ' + QByteArray::number(m.size) + " Tf " +
                           QByteArray::number(kMargin) + ' ' + QByteArray::number(y, 'f', 2) +
                           " Td " + pdfString(line) + " Tj ET\n";
            }
        }
    }
    pages << content;

    // Objects: 1 catalog, 2 page tree, 3-4 fonts, 5 info, then page + content pairs.
    QList<QByteArray> objects;
    QByteArray kids;
    for (int i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(6 + 2 * i) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " +
                   QByteArray::number(pages.size()) + " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    objects
        << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>";
    objects << "<< /Title " + utf16Hex(m_title) + " /Author " + utf16Hex(m_author) +
                   " /Producer (Plenary) >>";
    for (int i = 0; i < pages.size(); ++i) {
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
                   "/F1 3 0 R /F2 4 0 R >> >> /Contents " +
                       QByteArray::number(7 + 2 * i) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(pages.at(i).size()) + " >>\nstream\n" +
                       pages.at(i) + "endstream";
    }

    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype off : offsets)
        pdf += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace Plenary
