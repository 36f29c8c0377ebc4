#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Plenary {

/// Writes small, text-only PDF documents without Qt Gui (plenary-cli runs
/// without a display). Used for the bundled demo meeting, whose documents
/// must be real PDFs with readable, extractable text.
///
/// The output is deterministic (no creation date), uses the standard
/// Helvetica fonts with WinAnsiEncoding, and wraps lines to an A4 page.
/// Characters outside WinAnsi are written as '?'; the document information
/// (title, author) is UTF-16 and keeps every character.
class SimplePdf {
public:
    enum class Style { Title, Heading, Body, Small };
    struct Block {
        Style style;
        QString text;
    };

    void setTitle(const QString &title) { m_title = title; }
    void setAuthor(const QString &author) { m_author = author; }
    void add(Style style, const QString &text) { m_blocks.append({style, text}); }

    [[nodiscard]] QByteArray render() const;

private:
    QString m_title;
    QString m_author;
    QList<Block> m_blocks;
};

} // namespace Plenary
