const Y=require('yaml');
const src=process.argv[2].replace(/\\n/g,'\n');
const lc=new Y.LineCounter();
const d=Y.parseDocument(src,{version:'1.2',schema:'core',merge:false,uniqueKeys:true,prettyErrors:false,strict:true,lineCounter:lc});
Y.visit(d,{Node(k,n){console.log(n.constructor.name, JSON.stringify(n.range), JSON.stringify(src.slice(n.range[0],n.range[2])));}, Pair(k,p){console.log('pair key',JSON.stringify(p.key&&p.key.range))}});
