#include "app/lab/LabVersion.h"
