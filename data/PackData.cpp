// khronika_pack_data: parses the files of the data set compiled into the program, when the program is
// built, and writes each one's tree (YamlTree::toBinary) beside it in the build folder, so that the
// explorer reads them at start-up without parsing YAML. A file with any problem stops the build: the
// trees must say exactly what the YAML says.
//
//   khronika_pack_data SOURCE_DIR OUT_DIR FILE...    (FILE relative to SOURCE_DIR; OUT_DIR/FILE.tree written)
#include "core/AtomicFile.h"
#include "core/DataSetLoader.h"
#include "core/YamlTree.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    using namespace khronika;
    QTextStream err(stderr);
    if (argc < 3) {
        err << "usage: khronika_pack_data SOURCE_DIR OUT_DIR FILE...\n";
        return 2;
    }
    const QDir source(QString::fromLocal8Bit(argv[1]));
    const QDir out(QString::fromLocal8Bit(argv[2]));
    for (int i = 3; i < argc; ++i) {
        const QString name = QString::fromLocal8Bit(argv[i]);
        QFile file(source.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "khronika_pack_data: cannot read " << file.fileName() << ": " << file.errorString() << "\n";
            return 1;
        }
        Diagnostics diagnostics;
        const YamlTree tree(file.readAll(), file.fileName(), diagnostics);
        for (const Diagnostic &d : diagnostics.all())
            err << d.toString() << "\n";
        if (!diagnostics.all().empty() || !tree.root()) {
            err << "khronika_pack_data: " << file.fileName() << " does not parse cleanly\n";
            return 1;
        }
        const QString target = out.filePath(name + DataSetLoader::kParsedTreeSuffix);
        QString error;
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !writeFileAtomically(target, tree.toBinary(), &error)) {
            err << "khronika_pack_data: cannot write " << target << ": " << error << "\n";
            return 1;
        }
    }
    return 0;
}
