#include <QCoreApplication>
#include <cstdio>

// Skeleton until the lab issue lands: says what is missing instead of pretending.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && (qstrcmp(argv[1], "--version") == 0)) {
        printf("mpio-lab %s\n", MPIO_VERSION);
        return 0;
    }
    fprintf(stderr, "mpio-lab: the virtual lab is not built yet (issue: the virtual lab and the ESXi side).\n");
    return 2;
}
