/* The benchmark module written by hand against the C API, with
 * METH_FASTCALL entry points and direct argument parsing: the floor the
 * Rust modules are compared with. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <ctype.h>
#include <string.h>

static PyObject *
no_args(PyObject *self, PyObject *unused)
{
    Py_RETURN_NONE;
}

static PyObject *
one_int(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (nargs != 1 || (kwnames && PyTuple_GET_SIZE(kwnames))) {
        PyErr_SetString(PyExc_TypeError, "one_int() takes 1 positional argument");
        return NULL;
    }
    long long x = PyLong_AsLongLong(args[0]);
    if (x == -1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromLongLong(x);
}

static PyObject *
three_mixed(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (nargs != 3 || (kwnames && PyTuple_GET_SIZE(kwnames))) {
        PyErr_SetString(PyExc_TypeError, "three_mixed() takes 3 positional arguments");
        return NULL;
    }
    long long a = PyLong_AsLongLong(args[0]);
    if (a == -1 && PyErr_Occurred())
        return NULL;
    Py_ssize_t len;
    if (!PyUnicode_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "b must be str");
        return NULL;
    }
    if (PyUnicode_AsUTF8AndSize(args[1], &len) == NULL)
        return NULL;
    double c = PyFloat_AsDouble(args[2]);
    if (c == -1.0 && PyErr_Occurred())
        return NULL;
    return PyFloat_FromDouble((double)a + (double)len + c);
}

static PyObject *
keyword_only(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (nargs != 0 || kwnames == NULL || PyTuple_GET_SIZE(kwnames) != 1) {
        PyErr_SetString(PyExc_TypeError, "keyword_only() takes exactly the keyword argument 'key'");
        return NULL;
    }
    PyObject *name = PyTuple_GET_ITEM(kwnames, 0);
    if (!PyUnicode_Check(name) || PyUnicode_CompareWithASCIIString(name, "key") != 0) {
        PyErr_SetString(PyExc_TypeError, "keyword_only() got an unexpected keyword argument");
        return NULL;
    }
    long long key = PyLong_AsLongLong(args[0]);
    if (key == -1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromLongLong(key);
}

static PyObject *
sum_list(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (nargs != 1 || (kwnames && PyTuple_GET_SIZE(kwnames))) {
        PyErr_SetString(PyExc_TypeError, "sum_list() takes 1 positional argument");
        return NULL;
    }
    PyObject *seq = PySequence_Fast(args[0], "values must be a sequence");
    if (seq == NULL)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    long long total = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        long long v = PyLong_AsLongLong(items[i]);
        if (v == -1 && PyErr_Occurred()) {
            Py_DECREF(seq);
            return NULL;
        }
        total += v;
    }
    Py_DECREF(seq);
    return PyLong_FromLongLong(total);
}

static PyObject *
make_list(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (nargs != 1 || (kwnames && PyTuple_GET_SIZE(kwnames))) {
        PyErr_SetString(PyExc_TypeError, "make_list() takes 1 positional argument");
        return NULL;
    }
    Py_ssize_t n = PyLong_AsSsize_t(args[0]);
    if (n == -1 && PyErr_Occurred())
        return NULL;
    PyObject *list = PyList_New(n);
    if (list == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PyLong_FromSsize_t(i);
        if (item == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, i, item);
    }
    return list;
}

static PyObject *
upper(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (nargs != 1 || (kwnames && PyTuple_GET_SIZE(kwnames))) {
        PyErr_SetString(PyExc_TypeError, "upper() takes 1 positional argument");
        return NULL;
    }
    if (!PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "text must be str");
        return NULL;
    }
    Py_ssize_t len;
    const char *text = PyUnicode_AsUTF8AndSize(args[0], &len);
    if (text == NULL)
        return NULL;
    /* ASCII fast path, as the benchmark input is ASCII; other text goes
     * through str.upper. */
    char small[256];
    char *buffer = len < (Py_ssize_t)sizeof small ? small : PyMem_Malloc(len + 1);
    if (buffer == NULL)
        return PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)text[i];
        if (ch >= 0x80) {
            if (buffer != small)
                PyMem_Free(buffer);
            return PyObject_CallMethod(args[0], "upper", NULL);
        }
        buffer[i] = (char)toupper(ch);
    }
    PyObject *result = PyUnicode_FromStringAndSize(buffer, len);
    if (buffer != small)
        PyMem_Free(buffer);
    return result;
}

static PyObject *
raise_value_error(PyObject *self, PyObject *unused)
{
    PyErr_SetString(PyExc_ValueError, "benchmark");
    return NULL;
}

/* The class rows: a static type with the Counter struct after the object
 * header, as PyO3 keeps the Rust value (without a borrow flag: C has
 * nothing to check). */

typedef struct {
    PyObject_HEAD
    long long value;
} CounterObject;

static PyTypeObject CounterType;

static PyObject *
Counter_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    long long value;
    if (kwargs == NULL && PyTuple_GET_SIZE(args) == 1) {
        value = PyLong_AsLongLong(PyTuple_GET_ITEM(args, 0));
        if (value == -1 && PyErr_Occurred())
            return NULL;
    } else {
        static char *names[] = {"value", NULL};
        if (!PyArg_ParseTupleAndKeywords(args, kwargs, "L:Counter", names, &value))
            return NULL;
    }
    CounterObject *self = (CounterObject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->value = value;
    return (PyObject *)self;
}

static void
Counter_dealloc(PyObject *self)
{
    Py_TYPE(self)->tp_free(self);
}

static PyObject *
Counter_incr(PyObject *self, PyObject *unused)
{
    ((CounterObject *)self)->value += 1;
    Py_RETURN_NONE;
}

static PyObject *
Counter_add(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (nargs != 1 || (kwnames && PyTuple_GET_SIZE(kwnames))) {
        PyErr_SetString(PyExc_TypeError, "add() takes 1 positional argument");
        return NULL;
    }
    long long n = PyLong_AsLongLong(args[0]);
    if (n == -1 && PyErr_Occurred())
        return NULL;
    CounterObject *counter = (CounterObject *)self;
    counter->value += n;
    return PyLong_FromLongLong(counter->value);
}

static PyObject *
Counter_get_value(PyObject *self, void *closure)
{
    return PyLong_FromLongLong(((CounterObject *)self)->value);
}

static PyMethodDef Counter_methods[] = {
    {"incr", Counter_incr, METH_NOARGS, NULL},
    {"add", (PyCFunction)(void (*)(void))Counter_add, METH_FASTCALL | METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef Counter_getset[] = {
    {"value", Counter_get_value, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject CounterType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "bench_c.Counter",
    .tp_basicsize = sizeof(CounterObject),
    .tp_dealloc = Counter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_methods = Counter_methods,
    .tp_getset = Counter_getset,
    .tp_new = Counter_new,
};

static PyObject *
counter_value(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (nargs != 1 || (kwnames && PyTuple_GET_SIZE(kwnames))) {
        PyErr_SetString(PyExc_TypeError, "counter_value() takes 1 positional argument");
        return NULL;
    }
    if (!PyObject_TypeCheck(args[0], &CounterType)) {
        PyErr_SetString(PyExc_TypeError, "c must be Counter");
        return NULL;
    }
    return PyLong_FromLongLong(((CounterObject *)args[0])->value);
}

static PyMethodDef methods[] = {
    {"no_args", no_args, METH_NOARGS, NULL},
    {"one_int", (PyCFunction)(void (*)(void))one_int, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"three_mixed", (PyCFunction)(void (*)(void))three_mixed, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"keyword_only", (PyCFunction)(void (*)(void))keyword_only, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"sum_list", (PyCFunction)(void (*)(void))sum_list, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"make_list", (PyCFunction)(void (*)(void))make_list, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"upper", (PyCFunction)(void (*)(void))upper, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"raise_value_error", raise_value_error, METH_NOARGS, NULL},
    {"counter_value", (PyCFunction)(void (*)(void))counter_value, METH_FASTCALL | METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "bench_c", "Benchmark functions written in C.", 0, methods,
};

PyMODINIT_FUNC
PyInit_bench_c(void)
{
    if (PyType_Ready(&CounterType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    Py_INCREF(&CounterType);
    if (PyModule_AddObject(m, "Counter", (PyObject *)&CounterType) < 0) {
        Py_DECREF(&CounterType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
