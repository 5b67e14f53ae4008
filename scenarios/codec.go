package scenarios

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strings"
	"sync"
)

// The snapshot's form: a small binary codec of our own for the content's Go types,
// in place of encoding/gob (which made the browser download about 0.1 MB larger
// and grew faster than the content).
//
//	"HSMC" version schema-hash
//	the string table: count, each string's length, then all their bytes
//	the value: a walk of the exported fields in declaration order
//
// Integers are varints; a string is its index in the table (each distinct string is
// stored once, and decoding slices them out of one string without copying); a
// slice, map or pointer is 0 when nil and otherwise its length plus one (1 for a
// pointer), so nil and empty come back as they went in; map keys are written in
// sorted order, so the same content always gives the same bytes. The schema hash
// is made from the type tree (names, kinds and field names): a snapshot written
// for other types is refused by name instead of decoded into nonsense.

const codecMagic = "HSMC"
const codecVersion = 1

var schemas sync.Map // reflect.Type -> uint64

// schemaHash is the FNV-64 of the type tree of t (worked out once per type).
func schemaHash(t reflect.Type) uint64 {
	if h, ok := schemas.Load(t); ok {
		return h.(uint64)
	}
	h := makeSchemaHash(t)
	schemas.Store(t, h)
	return h
}

func makeSchemaHash(t reflect.Type) uint64 {
	var b strings.Builder
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		b.WriteString(t.Kind().String())
		b.WriteByte('(')
		b.WriteString(t.String())
		switch t.Kind() {
		case reflect.Struct:
			if seen[t] {
				b.WriteString("...")
				break
			}
			seen[t] = true
			for i := 0; i < t.NumField(); i++ {
				f := t.Field(i)
				if !f.IsExported() {
					continue
				}
				b.WriteString(f.Name)
				b.WriteByte(':')
				walk(f.Type)
				b.WriteByte(';')
			}
		case reflect.Slice, reflect.Array, reflect.Pointer:
			walk(t.Elem())
		case reflect.Map:
			walk(t.Key())
			b.WriteByte('=')
			walk(t.Elem())
		}
		b.WriteByte(')')
	}
	walk(t)
	// FNV-1a, 64 bits
	h := uint64(14695981039346656037)
	for _, c := range []byte(b.String()) {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// encodeValue writes v (a pointer to the value) in the snapshot form.
func encodeValue(v any) ([]byte, error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return nil, errors.New("encode: want a non-nil pointer")
	}
	e := &encoder{index: map[string]uint64{}}
	if err := e.value(rv.Elem()); err != nil {
		return nil, err
	}
	out := []byte(codecMagic)
	out = binary.AppendUvarint(out, codecVersion)
	out = binary.LittleEndian.AppendUint64(out, schemaHash(rv.Elem().Type()))
	out = binary.AppendUvarint(out, uint64(len(e.strs)))
	for _, s := range e.strs {
		out = binary.AppendUvarint(out, uint64(len(s)))
	}
	for _, s := range e.strs {
		out = append(out, s...)
	}
	return append(out, e.buf...), nil
}

type encoder struct {
	buf   []byte
	strs  []string
	index map[string]uint64
}

func (e *encoder) uint(u uint64) { e.buf = binary.AppendUvarint(e.buf, u) }

func (e *encoder) str(s string) {
	i, ok := e.index[s]
	if !ok {
		i = uint64(len(e.strs))
		e.index[s] = i
		e.strs = append(e.strs, s)
	}
	e.uint(i)
}

func (e *encoder) value(v reflect.Value) error {
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			e.uint(1)
		} else {
			e.uint(0)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.buf = binary.AppendVarint(e.buf, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		e.uint(v.Uint())
	case reflect.Float32, reflect.Float64:
		e.uint(math.Float64bits(v.Float()))
	case reflect.String:
		e.str(v.String())
	case reflect.Slice:
		if v.IsNil() {
			e.uint(0)
			return nil
		}
		e.uint(uint64(v.Len()) + 1)
		for i := 0; i < v.Len(); i++ {
			if err := e.value(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if err := e.value(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Pointer:
		if v.IsNil() {
			e.uint(0)
			return nil
		}
		e.uint(1)
		return e.value(v.Elem())
	case reflect.Map:
		if v.IsNil() {
			e.uint(0)
			return nil
		}
		e.uint(uint64(v.Len()) + 1)
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return lessKey(keys[i], keys[j]) })
		for _, k := range keys {
			if err := e.value(k); err != nil {
				return err
			}
			if err := e.value(v.MapIndex(k)); err != nil {
				return err
			}
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			if !t.Field(i).IsExported() {
				continue
			}
			if err := e.value(v.Field(i)); err != nil {
				return fmt.Errorf("%s.%s: %w", t.Name(), t.Field(i).Name, err)
			}
		}
	default:
		return fmt.Errorf("encode: %s values are not supported", v.Type())
	}
	return nil
}

func lessKey(a, b reflect.Value) bool {
	switch a.Kind() {
	case reflect.String:
		return a.String() < b.String()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() < b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return a.Uint() < b.Uint()
	}
	return fmt.Sprint(a.Interface()) < fmt.Sprint(b.Interface())
}

// decodeValue reads data written by encodeValue into v (a pointer of the same type).
func decodeValue(data []byte, v any) (err error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return errors.New("decode: want a non-nil pointer")
	}
	if !strings.HasPrefix(string(data[:min(len(data), len(codecMagic))]), codecMagic) {
		return errors.New("not a content snapshot")
	}
	d := &decoder{data: data, p: len(codecMagic), fields: map[reflect.Type][]int{}}
	defer func() {
		if r := recover(); r != nil {
			if de, ok := r.(decodeError); ok {
				err = de
				return
			}
			panic(r)
		}
	}()
	if ver := d.uint(); ver != codecVersion {
		return fmt.Errorf("snapshot version %d, want %d", ver, codecVersion)
	}
	if d.p+8 > len(d.data) {
		d.fail("the header is cut short")
	}
	if h := binary.LittleEndian.Uint64(d.data[d.p:]); h != schemaHash(rv.Elem().Type()) {
		return errors.New("the snapshot was written for other content types")
	}
	d.p += 8
	n := d.uint()
	if n > uint64(len(d.data)) {
		d.fail("bad string count")
	}
	lens := make([]uint64, n)
	total := uint64(0)
	for i := range lens {
		lens[i] = d.uint()
		total += lens[i]
	}
	if total > uint64(len(d.data)-d.p) {
		d.fail("the strings run past the end")
	}
	all := string(d.data[d.p : d.p+int(total)]) // one copy; every string is a slice of it
	d.p += int(total)
	d.strs = make([]string, n)
	off := uint64(0)
	for i, l := range lens {
		d.strs[i] = all[off : off+l]
		off += l
	}
	d.value(rv.Elem())
	if d.p != len(d.data) {
		d.fail("bytes left over")
	}
	return nil
}

var stringType, intType = reflect.TypeFor[string](), reflect.TypeFor[int]()

type decodeError string

func (e decodeError) Error() string { return string(e) }

type decoder struct {
	data   []byte
	p      int
	strs   []string
	fields map[reflect.Type][]int // each struct type's exported fields
}

func (d *decoder) fail(why string) { panic(decodeError(fmt.Sprintf("snapshot byte %d: %s", d.p, why))) }

func (d *decoder) uint() uint64 {
	u, n := binary.Uvarint(d.data[d.p:])
	if n <= 0 {
		d.fail("bad number")
	}
	d.p += n
	return u
}

func (d *decoder) int() int64 {
	i, n := binary.Varint(d.data[d.p:])
	if n <= 0 {
		d.fail("bad number")
	}
	d.p += n
	return i
}

func (d *decoder) str() string {
	i := d.uint()
	if i >= uint64(len(d.strs)) {
		d.fail("bad string index")
	}
	return d.strs[i]
}

// length reads a slice's or map's length plus one (0: nil), checked against the
// bytes left so a bad file cannot ask for a huge allocation.
func (d *decoder) length() (int, bool) {
	n := d.uint()
	if n == 0 {
		return 0, false
	}
	if n-1 > uint64(len(d.data)-d.p) {
		d.fail("a length runs past the end")
	}
	return int(n - 1), true
}

func (d *decoder) value(v reflect.Value) {
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(d.uint() != 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(d.int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(d.uint())
	case reflect.Float32, reflect.Float64:
		v.SetFloat(math.Float64frombits(d.uint()))
	case reflect.String:
		v.SetString(d.str())
	case reflect.Slice:
		n, ok := d.length()
		if !ok {
			return
		}
		if v.Type().Elem() == stringType {
			s := make([]string, n)
			for i := range s {
				s[i] = d.str()
			}
			v.Set(reflect.ValueOf(s).Convert(v.Type()))
			return
		}
		v.Set(reflect.MakeSlice(v.Type(), n, n))
		for i := 0; i < n; i++ {
			d.value(v.Index(i))
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			d.value(v.Index(i))
		}
	case reflect.Pointer:
		if d.uint() == 0 {
			return
		}
		p := reflect.New(v.Type().Elem())
		d.value(p.Elem())
		v.Set(p)
	case reflect.Map:
		n, ok := d.length()
		if !ok {
			return
		}
		t := v.Type()
		// the content's maps are mostly a Text (language to words) or names to
		// numbers: filled directly, without reflect's per-entry calls
		if t.Key() == stringType && t.Elem() == stringType {
			m := make(map[string]string, n)
			for i := 0; i < n; i++ {
				k := d.str()
				m[k] = d.str()
			}
			v.Set(reflect.ValueOf(m).Convert(t))
			return
		}
		if t.Key() == stringType && t.Elem() == intType {
			m := make(map[string]int, n)
			for i := 0; i < n; i++ {
				k := d.str()
				m[k] = int(d.int())
			}
			v.Set(reflect.ValueOf(m).Convert(t))
			return
		}
		m := reflect.MakeMapWithSize(t, n)
		k, e := reflect.New(t.Key()).Elem(), reflect.New(t.Elem()).Elem()
		for i := 0; i < n; i++ {
			k.SetZero()
			e.SetZero()
			d.value(k)
			d.value(e)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Struct:
		t := v.Type()
		fs, ok := d.fields[t]
		if !ok {
			fs = []int{}
			for i := 0; i < t.NumField(); i++ {
				if t.Field(i).IsExported() {
					fs = append(fs, i)
				}
			}
			d.fields[t] = fs
		}
		for _, i := range fs {
			d.value(v.Field(i))
		}
	default:
		d.fail(v.Type().String() + " values are not supported")
	}
}
